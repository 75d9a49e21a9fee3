using System.Globalization;
using Fascicolo.Domain.SyntheticCity.Isee;
using Fascicolo.Domain.SyntheticCity.Welfare;
using Fascicolo.Gateway.Trust;
using Fascicolo.Testing;
using Npgsql;

namespace Fascicolo.Subgraphs.Welfare.Tests;

/// <summary>
/// What a social desk records: opening a case, moving it along its life cycle, recording a benefit;
/// and every bad input rejected with a coded error and nothing written. Sent as an operator of the
/// social department, the only callers the mutations accept (<see cref="AccessTests"/> covers the others).
/// </summary>
public sealed class MutationTests(WritableWelfareFixture fixture) : IClassFixture<WritableWelfareFixture>
{
    private const string Open = """
        mutation Open($input: OpenSocialCaseInput!) {
          openSocialCase(input: $input) { id status isOpen openedOn socialWorker area office { code } person { fiscalCode } history { occurredOn status note } }
        }
        """;

    private const string Change = """
        mutation Change($input: ChangeSocialCaseStatusInput!) {
          changeSocialCaseStatus(input: $input) { id status isOpen statusSince closedOn history { occurredOn status note } }
        }
        """;

    private const string Record = """
        mutation Record($input: RecordWelfareBenefitInput!) {
          recordWelfareBenefit(input: $input) {
            id code name isPeriodic isMeansTested iseeProtocol startDate endDate paymentDate
            monthlyAmount { cents } cityShare { cents } userShare { cents } isTakenInCharge area household { id } socialCase { id }
          }
        }
        """;

    private static readonly string[] Tables = ["social_case", "social_case_event", "benefit"];

    private static Caller Desk() => TestCallers.Operator("social");

    [Fact]
    public async Task SocialCase_Should_GoThroughItsLifeCycle_When_OpenedAssessedTakenInChargeAndClosed()
    {
        var person = PersonWithoutCases();
        var today = fixture.Today;

        using var opened = await fixture.Host.QueryAsync(Open, new { input = OpenInput(person.FiscalCode, person.HouseholdId, today.AddDays(-20)) }, Desk());
        var socialCase = opened.Data().GetProperty("openSocialCase");
        var id = socialCase.GetProperty("id").GetString()!;
        Assert.Matches("^SC-[0-9]{7}$", id);
        Assert.Equal("REQUESTED", socialCase.GetProperty("status").GetString());
        Assert.Equal("Giovanna Bruzzone", socialCase.GetProperty("socialWorker").GetString());

        await ChangeAsync(id, "ASSESSMENT", today.AddDays(-15));
        await ChangeAsync(id, "TAKEN_IN_CHARGE", today.AddDays(-5));
        using var closed = await fixture.Host.QueryAsync(Change, new { input = ChangeInput(id, "CLOSED", today) }, Desk());

        var final = closed.Data().GetProperty("changeSocialCaseStatus");
        Assert.Equal("CLOSED", final.GetProperty("status").GetString());
        Assert.False(final.GetProperty("isOpen").GetBoolean());
        Assert.Equal(Iso(today), final.GetProperty("closedOn").GetString());
        Assert.Equal(["REQUESTED", "ASSESSMENT", "TAKEN_IN_CHARGE", "CLOSED"], final.GetProperty("history").EnumerateArray().Select(e => e.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task RecordWelfareBenefit_Should_RecordAMeansTestedBenefitWithinTheCase_When_TheIseeIsTheBeneficiarysHouseholds()
    {
        var (sara, attestation, saraCase) = Persona();
        var start = FirstOfNextMonth(attestation.IssuedOn);

        using var response = await fixture.Host.QueryAsync(
            Record,
            new { input = RecordInput(sara.FiscalCode, "M1.03", start, start.AddMonths(6).AddDays(-1), 25_000, 0, attestation.Protocol, saraCase.Id) },
            Desk());

        var benefit = response.Data().GetProperty("recordWelfareBenefit");
        Assert.Matches("^BEN-[0-9]{7}$", benefit.GetProperty("id").GetString()!);
        Assert.Equal("Contributo economico per l'alloggio", benefit.GetProperty("name").GetString());
        Assert.True(benefit.GetProperty("isMeansTested").GetBoolean());
        Assert.True(benefit.GetProperty("isTakenInCharge").GetBoolean());
        Assert.Equal(25_000, benefit.GetProperty("cityShare").GetProperty("cents").GetInt64());
        Assert.Equal(0, benefit.GetProperty("userShare").GetProperty("cents").GetInt64());
        Assert.Equal(sara.HouseholdId, benefit.GetProperty("household").GetProperty("id").GetString());
        Assert.Equal(saraCase.Id, benefit.GetProperty("socialCase").GetProperty("id").GetString());
        Assert.Equal("FAMILY_AND_MINORS", benefit.GetProperty("area").GetString());
    }

    [Fact]
    public async Task RecordWelfareBenefit_Should_SplitAServicesCost_When_TheUserSharesIt()
    {
        var person = PersonWithoutCases();
        var start = fixture.Today.AddDays(-30);

        using var response = await fixture.Host.QueryAsync(Record, new { input = RecordInput(person.FiscalCode, "H1.01", start, start.AddMonths(12), 12_000, 2_000) }, Desk());

        var benefit = response.Data().GetProperty("recordWelfareBenefit");
        Assert.Equal(10_000, benefit.GetProperty("cityShare").GetProperty("cents").GetInt64());
        Assert.Equal(2_000, benefit.GetProperty("userShare").GetProperty("cents").GetInt64());
        Assert.False(benefit.GetProperty("isTakenInCharge").GetBoolean());
        Assert.True(benefit.GetProperty("iseeProtocol").IsNull());
        Assert.Equal("DISABILITY", benefit.GetProperty("area").GetString());
    }

    public static TheoryData<string, string, string?> BadBenefits() => new()
    {
        { "invalid-fiscal-code", "INVALID_FISCAL_CODE", "CHECK_CHARACTER_MISMATCH" },
        { "unknown-code", WelfareErrorCodes.UnknownBenefitCode, null },
        { "negative-amount", WelfareErrorCodes.InvalidAmount, "NEGATIVE" },
        { "user-share-exceeds-amount", WelfareErrorCodes.InvalidAmount, "USER_SHARE_EXCEEDS_AMOUNT" },
        { "user-share-on-cash", WelfareErrorCodes.InvalidAmount, "USER_SHARE_ON_CASH_TRANSFER" },
        { "end-before-start", WelfareErrorCodes.InvalidPeriod, "END_BEFORE_START" },
        { "one-off-spanning-days", WelfareErrorCodes.InvalidPeriod, "ONE_OFF_SPANS_DAYS" },
        { "payment-before-start", WelfareErrorCodes.InvalidPeriod, "PAYMENT_BEFORE_START" },
        { "no-isee", WelfareErrorCodes.IseeRequired, null },
        { "isee-not-applicable", WelfareErrorCodes.IseeNotApplicable, null },
        { "unknown-isee", WelfareErrorCodes.IseeAttestationNotFound, null },
        { "another-households-isee", WelfareErrorCodes.IseeNotOfBeneficiary, null },
        { "start-before-isee", WelfareErrorCodes.IseeNotValid, null },
        { "unknown-case", WelfareErrorCodes.SocialCaseNotFound, null },
        { "another-persons-case", WelfareErrorCodes.SocialCaseOfAnotherPerson, null },
        { "closed-case", WelfareErrorCodes.SocialCaseClosed, null },
        { "wrong-area", "INVALID_VALUE", null },
        { "negative-amount-literal", WelfareErrorCodes.InvalidAmount, "NEGATIVE" },
    };

    [Theory]
    [MemberData(nameof(BadBenefits))]
    public async Task RecordWelfareBenefit_Should_FailWithACodeAndWriteNothing_When_TheInputIsBad(string bad, string code, string? reason)
    {
        var (query, variables) = BadBenefit(bad);
        var before = await CountRowsAsync();

        using var response = await fixture.Host.QueryAsync(query, variables, Desk());

        var error = response.SingleError();
        Assert.Equal(code, error.Extension("code"));
        if (reason is not null)
        {
            Assert.Equal(reason, error.Extension("reason"));
        }
        Assert.Equal(before, await CountRowsAsync());
    }

    public static TheoryData<string, string> RefusedCallers() => new()
    {
        { "citizen-themself", "ROLE_NOT_ALLOWED" },
        { "service", "ROLE_NOT_ALLOWED" },
        { "anonymous", "AUTHENTICATION_REQUIRED" },
        { "education-desk", "OTHER_DEPARTMENT" },
        { "other-ente", "OTHER_ENTE" },
        { "no-purpose", "PURPOSE_REQUIRED" },
    };

    [Theory]
    [MemberData(nameof(RefusedCallers))]
    public async Task Mutations_Should_BeRefusedAndWriteNothing_When_TheCallerIsNoSocialDeskOfThisEnte(string who, string reason)
    {
        var (sara, attestation, saraCase) = Persona();
        var caller = who switch
        {
            "citizen-themself" => TestCallers.Citizen(sara.FiscalCode),
            "service" => TestCallers.Service(),
            "anonymous" => TestCallers.Anonymous(),
            "education-desk" => TestCallers.Operator("education"),
            "other-ente" => TestCallers.Operator("social", ente: "A388"),
            "no-purpose" => TestCallers.Operator("social", purpose: null),
            _ => throw new ArgumentOutOfRangeException(nameof(who), who, "Unknown caller."),
        };
        var start = FirstOfNextMonth(attestation.IssuedOn);
        var before = await CountRowsAsync();

        using var open = await fixture.Host.QueryAsync(Open, new { input = OpenInput(sara.FiscalCode, sara.HouseholdId, fixture.Today) }, caller);
        using var change = await fixture.Host.QueryAsync(Change, new { input = ChangeInput(saraCase.Id, "SUSPENDED", fixture.Today) }, caller);
        using var record = await fixture.Host.QueryAsync(
            Record, new { input = RecordInput(sara.FiscalCode, "M1.03", start, start.AddMonths(6).AddDays(-1), 25_000, 0, attestation.Protocol, saraCase.Id) }, caller);

        foreach (var (response, field) in new[] { (open, "openSocialCase"), (change, "changeSocialCaseStatus"), (record, "recordWelfareBenefit") })
        {
            var error = response.SingleError();
            Assert.Equal(("FORBIDDEN", reason), (error.Extension("code"), error.Extension("reason")));
            Assert.Equal(field, error.GetProperty("path")[0].GetString());
            Assert.True(response.RootElement.GetProperty("data").IsNull());
        }
        Assert.Equal(before, await CountRowsAsync());
    }

    public static TheoryData<string, string> BadCaseChanges() => new()
    {
        { "unknown-office", WelfareErrorCodes.SocialOfficeNotFound },
        { "future-opening", WelfareErrorCodes.InvalidDate },
        { "blank-social-worker", WelfareErrorCodes.InvalidText },
        { "already-open", WelfareErrorCodes.SocialCaseAlreadyOpen },
        { "invalid-fiscal-code", "INVALID_FISCAL_CODE" },
        { "wrong-area", "INVALID_VALUE" },
        { "unknown-case", WelfareErrorCodes.SocialCaseNotFound },
        { "skipping-assessment", WelfareErrorCodes.InvalidStatusTransition },
        { "reopening", WelfareErrorCodes.InvalidStatusTransition },
        { "before-last-change", WelfareErrorCodes.InvalidDate },
        { "blank-note", WelfareErrorCodes.InvalidText },
        { "wrong-status", "INVALID_VALUE" },
    };

    [Theory]
    [MemberData(nameof(BadCaseChanges))]
    public async Task SocialCaseMutations_Should_FailWithACodeAndWriteNothing_When_TheInputIsBad(string bad, string code)
    {
        var (query, variables) = BadCaseChange(bad);
        var before = await CountRowsAsync();

        using var response = await fixture.Host.QueryAsync(query, variables, Desk());

        Assert.Equal(code, response.SingleError().Extension("code"));
        Assert.Equal(before, await CountRowsAsync());
    }

    [Fact]
    public async Task ChangeSocialCaseStatus_Should_NameBothStatuses_When_TheChangeIsRefused()
    {
        var closed = fixture.City.SocialCases().First(c => c.Status == SocialCaseStatus.Closed);

        using var response = await fixture.Host.QueryAsync(Change, new { input = ChangeInput(closed.Id, "TAKEN_IN_CHARGE", fixture.Today) }, Desk());

        var error = response.SingleError();
        Assert.Equal(WelfareErrorCodes.InvalidStatusTransition, error.Extension("code"));
        Assert.Equal("CLOSED", error.Extension("from"));
        Assert.Equal("TAKEN_IN_CHARGE", error.Extension("to"));
    }

    private (string Query, object Variables) BadBenefit(string bad)
    {
        var (sara, attestation, saraCase) = Persona();
        var other = PersonWithoutCases();
        var closed = fixture.City.SocialCases().First(c => c.Status == SocialCaseStatus.Closed);
        var foreign = fixture.City.IseeAttestations().First(a => a.HouseholdId != sara.HouseholdId);
        var start = FirstOfNextMonth(attestation.IssuedOn);
        var end = start.AddMonths(6).AddDays(-1);
        Dictionary<string, object?> Valid() => RecordInput(sara.FiscalCode, "M1.01", start, end, 30_000, 0, attestation.Protocol, saraCase.Id);
        var input = bad switch
        {
            "invalid-fiscal-code" => With(Valid(), "beneficiary", "RSSMRA45D25F205X"),
            "unknown-code" => With(Valid(), "code", "Z9.99"),
            "negative-amount" => With(Valid(), "monthlyAmountCents", -100),
            "user-share-exceeds-amount" => RecordInput(other.FiscalCode, "H1.01", start, end, 5_000, 6_000),
            "user-share-on-cash" => With(Valid(), "userShareCents", 1_000),
            "end-before-start" => With(Valid(), "endDate", Iso(start.AddDays(-1))),
            "one-off-spanning-days" => With(With(Valid(), "code", "M1.02"), "endDate", Iso(start.AddDays(1))),
            "payment-before-start" => With(Valid(), "paymentDate", Iso(start.AddDays(-1))),
            "no-isee" => With(Valid(), "iseeProtocol", null),
            "isee-not-applicable" => RecordInput(other.FiscalCode, "H1.01", start, end, 5_000, 0, attestation.Protocol),
            "unknown-isee" => With(Valid(), "iseeProtocol", "INPS-ISEE-1999-00000000A-00"),
            "another-households-isee" => With(Valid(), "iseeProtocol", foreign.Protocol),
            "start-before-isee" => With(Valid(), "startDate", Iso(attestation.IssuedOn.AddDays(-1))),
            "unknown-case" => With(Valid(), "socialCaseId", "SC-9999999"),
            "another-persons-case" => RecordInput(other.FiscalCode, "H1.01", start, end, 5_000, 0, null, saraCase.Id),
            "closed-case" => RecordInput(closed.FiscalCode, "H1.01", start, end, 5_000, 0, null, closed.Id),
            "wrong-area" => With(Valid(), "area", "NOWHERE"),
            "negative-amount-literal" => null,
            _ => throw new ArgumentOutOfRangeException(nameof(bad), bad, "Unknown case."),
        };
        if (input is null)
        {
            // The same check with the amount inline in the document, not in a variable.
            var literal = $$"""
                mutation {
                  recordWelfareBenefit(input: {
                    beneficiary: "{{sara.FiscalCode}}", code: "M1.01", iseeProtocol: "{{attestation.Protocol}}", socialCaseId: "{{saraCase.Id}}",
                    startDate: "{{Iso(start)}}", endDate: "{{Iso(end)}}", paymentDate: "{{Iso(start)}}", monthlyAmountCents: -1, userShareCents: 0 }) { id }
                }
                """;
            return (literal, new { });
        }
        return (Record, new { input });
    }

    private (string Query, object Variables) BadCaseChange(string bad)
    {
        var (sara, _, saraCase) = Persona();
        var person = PersonWithoutCases();
        var closed = fixture.City.SocialCases().First(c => c.Status == SocialCaseStatus.Closed);
        var requested = fixture.City.SocialCases().First(c => c.Status == SocialCaseStatus.Requested);
        var today = fixture.Today;
        Dictionary<string, object?> ValidOpen() => OpenInput(person.FiscalCode, person.HouseholdId, today);
        return bad switch
        {
            "unknown-office" => (Open, new { input = With(ValidOpen(), "officeCode", "ATS-X000-01") }),
            "future-opening" => (Open, new { input = With(ValidOpen(), "openedOn", Iso(today.AddDays(1))) }),
            "blank-social-worker" => (Open, new { input = With(ValidOpen(), "socialWorker", "   ") }),
            "already-open" => (Open, new { input = OpenInput(sara.FiscalCode, sara.HouseholdId, today) }),
            "invalid-fiscal-code" => (Open, new { input = With(ValidOpen(), "person", "RSSMRA45D25F205X") }),
            "wrong-area" => (Open, new { input = With(ValidOpen(), "area", "NOWHERE") }),
            "unknown-case" => (Change, new { input = ChangeInput("SC-9999999", "ASSESSMENT", today) }),
            "skipping-assessment" => (Change, new { input = ChangeInput(requested.Id, "TAKEN_IN_CHARGE", today) }),
            "reopening" => (Change, new { input = ChangeInput(closed.Id, "TAKEN_IN_CHARGE", today) }),
            "before-last-change" => (Change, new { input = ChangeInput(saraCase.Id, "SUSPENDED", saraCase.History[^1].OccurredOn.AddDays(-1)) }),
            "blank-note" => (Change, new { input = With(ChangeInput(saraCase.Id, "SUSPENDED", today), "note", "") }),
            "wrong-status" => (Change, new { input = ChangeInput(saraCase.Id, "PAUSED", today) }),
            _ => throw new ArgumentOutOfRangeException(nameof(bad), bad, "Unknown case."),
        };
    }

    private async Task ChangeAsync(string id, string status, DateOnly on)
    {
        using var response = await fixture.Host.QueryAsync(Change, new { input = ChangeInput(id, status, on) }, Desk());
        Assert.Equal(status, response.Data().GetProperty("changeSocialCaseStatus").GetProperty("status").GetString());
    }

    private (Domain.SyntheticCity.Resident Sara, IseeAttestation Attestation, SocialCase Case) Persona()
    {
        var sara = fixture.WelfareRecipient;
        return (sara, fixture.City.IseeAttestationsOf(sara.HouseholdId)[^1], fixture.City.SocialCasesOf(sara.FiscalCode).Single());
    }

    // Adults without any case, in the area of a Genova district; each test that opens a case takes a new one.
    private Domain.SyntheticCity.Resident PersonWithoutCases() =>
        fixture.City.Residents.Where(r => r.AgeOn(fixture.Today) >= 18 && fixture.City.SocialCasesOf(r.FiscalCode).Count == 0)
            .Skip(Interlocked.Increment(ref _nextPerson)).First();

    private int _nextPerson;

    private static Dictionary<string, object?> OpenInput(string person, string householdId, DateOnly openedOn) => new()
    {
        ["person"] = person,
        ["householdId"] = householdId,
        ["officeCode"] = "ATS-D969-02",
        ["socialWorker"] = "  Giovanna Bruzzone ",
        ["area"] = "FAMILY_AND_MINORS",
        ["openedOn"] = Iso(openedOn),
    };

    private static Dictionary<string, object?> ChangeInput(string caseId, string status, DateOnly on) => new()
    {
        ["caseId"] = caseId,
        ["status"] = status,
        ["occurredOn"] = Iso(on),
        ["note"] = "Colloquio con l'assistente sociale",
    };

    private static Dictionary<string, object?> RecordInput(
        string beneficiary, string code, DateOnly start, DateOnly end, long monthly, long userShare, string? protocol = null, string? caseId = null) => new()
        {
            ["beneficiary"] = beneficiary,
            ["code"] = code,
            ["socialCaseId"] = caseId,
            ["iseeProtocol"] = protocol,
            ["startDate"] = Iso(start),
            ["endDate"] = Iso(end),
            ["paymentDate"] = Iso(start),
            ["monthlyAmountCents"] = monthly,
            ["userShareCents"] = userShare,
        };

    private static Dictionary<string, object?> With(Dictionary<string, object?> input, string key, object? value)
    {
        input[key] = value;
        return input;
    }

    private static DateOnly FirstOfNextMonth(DateOnly day) => new DateOnly(day.Year, day.Month, 1).AddMonths(1);

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<string> CountRowsAsync()
    {
        await using var connection = new NpgsqlConnection(fixture.Host.Database.ConnectionString);
        await connection.OpenAsync();
        var counts = new List<string>();
        foreach (var table in Tables)
        {
            await using var command = new NpgsqlCommand($"select count(*) from {table}", connection);
            counts.Add($"{table}={await command.ExecuteScalarAsync()}");
        }
        return string.Join(", ", counts);
    }
}
