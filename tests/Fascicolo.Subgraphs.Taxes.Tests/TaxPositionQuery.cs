namespace Fascicolo.Subgraphs.Taxes.Tests;

/// <summary>The documents the tests send.</summary>
internal static class TaxPositionQuery
{
    /// <summary>Every field of a position, through <c>_entities</c> (the way the gateway reaches it).</summary>
    public const string Full = """
        query Position($representations: [_Any!]!, $year: Int!) {
          _entities(representations: $representations) {
            ... on Citizen {
              fiscalCode
              taxPosition(year: $year) {
                year
                imu {
                  properties {
                    cadastralUnit { id } category cadastralIncome { cents } multiplier taxableBase { cents }
                    shareNumerator shareDenominator possessedSince months use treatment ratePerMille
                    grossTax { cents } deduction { cents } tax { cents }
                  }
                  f24Lines { taxCode annualTax { cents } deposit { cents } balance { cents } }
                  tax { cents } deposit { cents } balance { cents } payable { cents } paid { cents }
                }
                tari {
                  bills { cadastralUnit { id } surfaceSquareMetres occupants ka kb fixedPart { cents } variablePart { cents } total { cents } }
                  tax { cents } paid { cents }
                }
                deadlines { tax instalment instalmentCount description dueDate amount { cents } paid { cents } status }
                payments { tax instalment amount { cents } paidOn channel }
                assessments {
                  id tax year reason notifiedOn dueDate status paidOn
                  taxDue { cents } taxPaid { cents } unpaidTax { cents } sanction { cents } interest { cents } total { cents }
                  items { instalment description dueDate amount { cents } paidOnTime { cents } paidLate { cents } unpaid { cents } sanction { cents } interest { cents } }
                  paymentPosition { iupd }
                  taxpayer { fiscalCode }
                }
                refunds { id tax year amount { cents } status requestedOn paidOn }
                balance { due { cents } paid { cents } outstanding { cents } overdue { cents } refunds { cents } }
              }
            }
          }
        }
        """;

    /// <summary>A representation of a citizen.</summary>
    public static Dictionary<string, object> Citizen(string fiscalCode) => new() { ["__typename"] = "Citizen", ["fiscalCode"] = fiscalCode };
}
