/** The sheet whose evidence a paperclip lists, and whether it is locked (submitted). */
export interface EvidenceSheet {
  sheetId: string;
  locked: boolean;
}
