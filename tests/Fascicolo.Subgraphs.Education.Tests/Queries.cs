using Fascicolo.Testing;

namespace Fascicolo.Subgraphs.Education.Tests;

/// <summary>The GraphQL documents the tests send, each field of the schema selected somewhere.</summary>
internal static class Queries
{
    /// <summary>Every field of an enrolment, nested ones included.</summary>
    public const string EnrolmentDetails = """
        fragment EnrolmentDetails on Enrolment {
          id schoolYear className classYear section enrolledOn services
          pupil { fiscalCode }
          school { code name order management institute { code name } municipalityCode municipio building { id } }
          canteen {
            feeBand { code iseeFrom { cents } iseeTo { cents } mealFee { cents } }
            hasIsee iseeProtocol siblingOrdinal siblingDiscountPercent mealFee { cents } payer { fiscalCode }
            attendance { month serviceDays daysPresent daysAbsent meals absences days { date present } }
            bills {
              iupd paymentPosition { iupd } pupil { fiscalCode } payer { fiscalCode } enrolment { id }
              periodStart periodEnd meals mealFee { cents } amount { cents } issuedOn dueOn paidOn isPaid isOverdue
            }
          }
          specialDiets { kind code description startsOn certificate { number issuedBy physician issuedOn validUntil } }
          bookVoucher {
            number schoolYear classYear pupil { fiscalCode } amount { cents } books { title price { cents } }
            issuedOn redeemedOn bookshop isRedeemed
          }
        }
        """;

    /// <summary>Citizens through <c>_entities</c>, with everything this subgraph adds to them.</summary>
    public const string CitizenEntities = """
        query Entities($representations: [_Any!]!) {
          _entities(representations: $representations) {
            __typename
            ... on Citizen {
              fiscalCode
              enrolments { ...EnrolmentDetails }
              canteenBills { iupd pupil { fiscalCode } amount { cents } isPaid }
              bookVouchers { number amount { cents } }
            }
            ... on School { code name }
            ... on Enrolment { id className school { code } }
          }
        }
        """ + EnrolmentDetails;

    /// <summary>A citizen representation.</summary>
    public static Dictionary<string, object> Citizen(string fiscalCode) => EntityRepresentations.Representation("Citizen", "fiscalCode", fiscalCode);
}
