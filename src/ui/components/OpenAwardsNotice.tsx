import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { BlocResult } from "../../scoring/types";
import { openAwardTexts } from "../../workbook/rendering/open-awards";
import { useInsightText } from "../insights-i18n";

/**
 * The awards a tie across a quota line left for the meeting's vote, each with the tied members named
 * (the same words as under the Xếp hạng table). Nothing when every award was decided.
 */
export function OpenAwardsNotice({ result }: { result: Pick<BlocResult, "openAwards" | "units"> }) {
  const { lang, w } = useInsightText();
  // A result crossing from the web page's worker as plain data is read as sent: no open awards, no notice.
  if ((result.openAwards ?? []).length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline" aria-label={w.openAwards}>
      <MessageBarBody>
        <MessageBarTitle>{w.openAwards}</MessageBarTitle>
        <ul style={{ margin: 0, paddingInlineStart: "1.2em" }}>
          {openAwardTexts(result, lang).map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
