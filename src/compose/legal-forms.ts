/**
 * The legal forms a firm's name ends with or holds, of any country, as their letters alone in
 * small letters (the dots and spaces aside: "S.r.l." is "srl", "Sp. z o.o." is "sp", "z",
 * "oo"): a firm, not a person, is named where one stands ("Dupont SARL", "Acme GmbH", "Tadeusz
 * Sp. z o.o."). Why by the form and not by capitals: a surname is often typed in capitals in an
 * address ("Monsieur Jean DUPONT", "Herrn Max MUSTERMANN"), and a form often is not ("Srl").
 */
export const LEGAL_FORMS: readonly string[] = [
  // German, Austrian, Swiss: GmbH, AG, KG, OHG, UG, KGaA, e. V., mbH, SE, GbR.
  ...["gmbh", "ag", "kg", "ohg", "ug", "kgaa", "ev", "mbh", "se", "gbr"],
  // French, Belgian, Swiss French: SARL, SAS, SASU, SA, SNC, EURL, SCI, SPRL, SRL.
  ...["sarl", "sas", "sasu", "sa", "snc", "eurl", "sci", "sprl"],
  // Italian: S.r.l., S.p.A., S.a.s., S.n.c., S.r.l.s.; Spanish: S.L., S.L.U., S.A.
  ...["srl", "spa", "srls", "sl", "slu"],
  // Portuguese and Brazilian: Lda., Ltda., S/A; Dutch and Belgian: B.V., N.V., V.O.F.
  ...["lda", "ltda", "bv", "nv", "vof"],
  // English: Ltd, LLC, Inc., PLC, LLP, Corp., Co.; Australian and South African: Pty Ltd, (Pty) Ltd.
  ...["ltd", "llc", "inc", "plc", "llp", "corp", "co", "pty"],
  // Polish: sp. z o.o., S.A., sp. j., sp. k., s.c.; Czech and Slovak: s.r.o., a.s., spol.
  ...["sp", "oo", "sro", "spol"],
  // Nordic: AB, AS, ASA, ApS, A/S, Oy, Oyj; Hungarian: Kft., Zrt., Nyrt.; Balkan: d.o.o., d.d.
  ...["ab", "as", "asa", "aps", "oy", "oyj", "kft", "zrt", "nyrt", "doo"],
  // Russian, Ukrainian, Bulgarian, Greek: ООО, ОАО, ЗАО, ПАО, АО, ТОВ, ЕООД, ООД, АД, Α.Ε., ΕΠΕ, ΙΚΕ.
  ...["ооо", "оао", "зао", "пао", "ао", "тов", "еоод", "оод", "ад", "αε", "επε", "ικε"],
  // Indonesian: PT, Tbk, CV.
  ...["pt", "tbk", "cv"],
];
