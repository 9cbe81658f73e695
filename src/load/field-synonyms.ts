/**
 * Names other letter tools and missive's other packs give fields, with the names a pack may
 * call the same thing, tried in turn: pandoc's letter templates and LaTeX's letter classes
 * (`opening`, `toname`, `encl`), Typst's letter packages and mail-merge columns (`to`, `from`,
 * `greeting`), and one built-in pack's fields in another (`signature` and `signatureTitles` in
 * personal, `signer` in business). Keys are lower case without `_`, `-` or spaces.
 * Why a table: edit distance finds `recipent` for `recipient`, never `opening` for
 * `salutation`, and a letter moved from another tool or pack uses that tool's words.
 */
const SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  opening: ["salutation"],
  greeting: ["salutation"],
  dear: ["salutation"],
  to: ["recipient"],
  toname: ["recipient"],
  toaddress: ["recipient"],
  address: ["recipient"],
  addressee: ["recipient"],
  recipients: ["recipient"],
  insideaddress: ["recipient"],
  from: ["sender"],
  fromname: ["sender"],
  fromaddress: ["sender"],
  re: ["subject"],
  regarding: ["subject"],
  subj: ["subject"],
  valediction: ["closing"],
  signoff: ["closing"],
  complimentaryclose: ["closing"],
  close: ["closing"],
  signature: ["signer", "signers", "signature"],
  signatory: ["signer", "signers", "signature"],
  signatories: ["signers", "signer", "signature"],
  signedby: ["signer", "signers", "signature"],
  signaturename: ["signer", "signers", "signature"],
  signaturetitles: ["signer", "signers", "signatureTitles"],
  signatureimage: ["signer", "signers", "signatureImage"],
  encl: ["enclosures"],
  enclosure: ["enclosures"],
  attachment: ["enclosures"],
  attachments: ["enclosures"],
  copy: ["cc"],
  copies: ["cc"],
  copyto: ["cc"],
  carboncopy: ["cc"],
  postscript: ["ps"],
  language: ["lang"],
  locale: ["lang"],
  location: ["place"],
  yourref: ["references", "reference"],
  ourref: ["references", "reference"],
  name: ["company"],
  company: ["name", "org"],
  organisation: ["company", "org", "name"],
  organization: ["company", "org", "name"],
  position: ["title", "titles"],
  role: ["title", "titles"],
  jobtitle: ["title", "titles"],
  telephone: ["phone"],
  tel: ["phone"],
  mail: ["email"],
  website: ["web"],
  url: ["web"],
};

/**
 * The field of `known` that an unknown field's name means in another tool or pack, if any;
 * none where the name is a known field written otherwise (`Company`, `sign_off` where the
 * pack has `company`, `signOff`): that field is meant, which edit distance finds, not its
 * synonym (`name` for `Company` in a mapping of both).
 */
export function synonymOf(name: string, known: readonly string[]): string | undefined {
  const key = normalised(name);
  if (!Object.hasOwn(SYNONYMS, key) || known.some((f) => normalised(f) === key)) return undefined;
  return SYNONYMS[key]?.find((field) => known.includes(field));
}

/** A field's name as SYNONYMS keys it: lower case without `_`, `-` or spaces. */
function normalised(name: string): string {
  return name.toLowerCase().replace(/[-_\s]/g, "");
}
