import { createRoot } from "react-dom/client";
import { defaultStorage } from "../ui/language";
import { FileHost } from "./file-host";
import { observableStorage } from "./observable-storage";
import { fetchSample } from "./sample";
import { WebPage } from "./WebPage";

const container = document.getElementById("root");
if (container) {
  const host = new FileHost({ loadSample: () => fetchSample() });
  createRoot(container).render(<WebPage host={host} storage={observableStorage(defaultStorage())} />);
}
