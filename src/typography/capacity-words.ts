/**
 * The capacities a person signs or acts in, as a letter names them after "as", in small
 * letters: "Mary AS Director", "John Smith AS Trustee", "signed by Jo Bloggs AS Agent". A form
 * whose letters spell "as" ("AS", Norway's and Estonia's aksjeselskap) before one of them is
 * that word written in capitals, where before any other capitalised word it ends a firm's
 * name ("Equinor AS Annual Report", "Volvo AB Göteborg"). Why capacities and not every
 * capitalised word: a firm's name is followed by a place, a division or a document's title
 * far more often than a capacity follows "as" in capitals.
 */
export const CAPACITIES: ReadonlySet<string> = new Set([
  ...["director", "manager", "secretary", "chair", "chairman", "chairwoman", "chairperson"],
  ...["president", "treasurer", "trustee", "executor", "executrix", "administrator", "agent"],
  ...["attorney", "officer", "partner", "member", "witness", "guarantor", "guardian"],
  ...["liquidator", "receiver", "nominee", "proxy", "representative", "signatory", "owner"],
  ...["chief", "ceo", "cfo", "coo", "landlord", "tenant", "licensee", "licensor"],
  ...["buyer", "seller", "vendor", "purchaser", "lessee", "lessor", "borrower", "lender"],
  ...["principal", "solicitor", "counsel", "employer", "employee", "authorised", "authorized"],
  ...["acting", "interim", "deputy", "vice", "sole", "managing", "executive"],
]);
