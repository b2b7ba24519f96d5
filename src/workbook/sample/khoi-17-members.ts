/**
 * The ten members of Khối 17 named in the 2018 covenant article (reference/khoi-17-kien-giang-2018-article.txt).
 * Codes, types and ratings are illustrative. The seven "Hành chính" agencies are the ones marked for the
 * CCHC bonus; the article does not name them, so this reading (BHXH is sự nghiệp, the airports are
 * enterprises) is the sample's choice.
 */
export interface SampleMember {
  code: string;
  name: string;
  type: "Hành chính" | "Sự nghiệp" | "Doanh nghiệp";
  cchcEligible: boolean;
  cchcRating: string | null;
  sectorRating: string | null;
  notes: string | null;
}

export const KHOI_17_MEMBERS: readonly SampleMember[] = [
  { code: "NHNN", name: "Ngân hàng Nhà nước chi nhánh tỉnh Kiên Giang", type: "Hành chính", cchcEligible: true, cchcRating: "Xuất sắc", sectorRating: null, notes: "Khối trưởng" },
  { code: "CT", name: "Cục Thuế tỉnh Kiên Giang", type: "Hành chính", cchcEligible: true, cchcRating: "Xuất sắc", sectorRating: null, notes: null },
  { code: "KBNN", name: "Kho bạc Nhà nước chi nhánh Kiên Giang", type: "Hành chính", cchcEligible: true, cchcRating: "Tốt", sectorRating: null, notes: null },
  { code: "HQ", name: "Cục Hải quan tỉnh Kiên Giang", type: "Hành chính", cchcEligible: true, cchcRating: "Xuất sắc", sectorRating: null, notes: null },
  { code: "CVKG", name: "Cảng vụ Hàng hải Kiên Giang", type: "Hành chính", cchcEligible: true, cchcRating: "Tốt", sectorRating: null, notes: null },
  { code: "THADS", name: "Cục Thi hành án dân sự tỉnh Kiên Giang", type: "Hành chính", cchcEligible: true, cchcRating: "Khá", sectorRating: null, notes: null },
  { code: "CTK", name: "Cục Thống kê tỉnh Kiên Giang", type: "Hành chính", cchcEligible: true, cchcRating: "Tốt", sectorRating: null, notes: "Thực hiện tiêu chí 2 thay tiêu chí 1" },
  { code: "BHXH", name: "Bảo hiểm Xã hội tỉnh Kiên Giang", type: "Sự nghiệp", cchcEligible: false, cchcRating: null, sectorRating: null, notes: null },
  { code: "CHKRG", name: "Cảng Hàng không Rạch Giá", type: "Doanh nghiệp", cchcEligible: false, cchcRating: null, sectorRating: "Khá", notes: "Thực hiện tiêu chí 6 thay tiêu chí 1" },
  { code: "CHKPQ", name: "Cảng Hàng không quốc tế Phú Quốc", type: "Doanh nghiệp", cchcEligible: false, cchcRating: null, sectorRating: "Tốt", notes: "Thực hiện tiêu chí 6 thay tiêu chí 1" },
];

/** Who does which criterion of the alternative group "Nhóm A" (tiêu chí 1, 2 and 6). */
export const STATISTICS_CODES = ["CTK"] as const;
export const AIRPORT_CODES = ["CHKRG", "CHKPQ"] as const;
export const CRITERION_1_CODES = KHOI_17_MEMBERS.map((m) => m.code).filter(
  (c) => !(STATISTICS_CODES as readonly string[]).includes(c) && !(AIRPORT_CODES as readonly string[]).includes(c),
);
