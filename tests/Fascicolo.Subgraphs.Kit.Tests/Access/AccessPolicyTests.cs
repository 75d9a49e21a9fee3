using Fascicolo.Gateway.Trust;
using R = Fascicolo.Subgraphs.Kit.AccessRefusalReasons;

namespace Fascicolo.Subgraphs.Kit.Tests.Access;

/// <summary>Every branch of <see cref="AccessPolicy"/>, one named case each.</summary>
public sealed class AccessPolicyTests
{
    private const string Ente = "D969";
    private const string Department = "social";
    private const string Me = "PRDGLI85D57D969T";
    private const string Child = "CNPMTT17E21D969F";
    private const string Other = "RPTSRA91B54D969U";

    private static readonly AccessPolicy Policy = new(Ente);

    private static readonly FieldAccessRule Public = new("Query.bulletin", false, false, Department, []);
    private static readonly FieldAccessRule Personal = new("Citizen.income", true, false, Department, []);
    private static readonly FieldAccessRule ForGuardians = new("Citizen.grade", true, true, Department, []);
    private static readonly FieldAccessRule AnyDesk = new("Citizen.name", true, false, AccessExtensions.AnyDepartment, []);
    private static readonly FieldAccessRule OperatorsOnly = new("Mutation.closeCase", false, false, Department, [CallerRoles.Operator]);
    private static readonly FieldAccessRule CitizensOnly = new("Mutation.updateContact", false, false, Department, [CallerRoles.Citizen]);
    private static readonly FieldAccessRule AnalystsAndServices = new("Mutation.exportCube", false, false, Department, [CallerRoles.Analyst, CallerRoles.Service]);
    private static readonly FieldAccessRule OwnLog = new("Citizen.accessLog", true, false, "audit", [CallerRoles.Citizen]);

    private static readonly Dictionary<string, (Caller Caller, FieldAccessRule Rule, string[] Subjects, string? Expected)> Cases = new()
    {
        ["public field, anonymous"] = (Anonymous(), Public, [], null),
        ["public field, analyst"] = (Analyst(), Public, [], null),
        ["public field, operator without purpose"] = (Operator(purpose: null), Public, [Other], null),
        ["personal, anonymous"] = (Anonymous(), Personal, [Me], R.AuthenticationRequired),
        ["personal, analyst"] = (Analyst(), Personal, [Me], R.RoleNotAllowed),
        ["personal, unknown role"] = (new Caller("admin", "root", Ente, Department, 3, "x", "r", []), Personal, [Me], R.RoleNotAllowed),
        ["personal, citizen level 0 own"] = (Citizen(Me, 0), Personal, [Me], R.AssuranceTooLow),
        ["personal, citizen level 1 own"] = (Citizen(Me, 1), Personal, [Me], R.AssuranceTooLow),
        ["personal, citizen level 2 own"] = (Citizen(Me, 2), Personal, [Me], null),
        ["personal, citizen level 3 own"] = (Citizen(Me, 3), Personal, [Me], null),
        ["personal, citizen own in lower case"] = (Citizen(Me.ToLowerInvariant(), 2), Personal, [Me], null),
        ["personal, citizen one of several subjects"] = (Citizen(Me, 2), Personal, [Other, Me], null),
        ["personal, citizen other"] = (Citizen(Me, 2), Personal, [Other], R.NotYourData),
        ["personal, citizen level 1 other"] = (Citizen(Me, 1), Personal, [Other], R.AssuranceTooLow),
        ["personal, citizen nobody's record"] = (Citizen(Me, 2), Personal, [], R.NotYourData),
        ["personal, citizen without subject"] = (new Caller(CallerRoles.Citizen, null, null, null, 2, null, "r", []), Personal, [Me], R.NotYourData),
        ["personal, citizen ward where not open to guardians"] = (Citizen(Me, 2, Child), Personal, [Child], R.NotYourData),
        ["guardians, citizen ward"] = (Citizen(Me, 2, Child), ForGuardians, [Child], null),
        ["guardians, citizen ward among subjects"] = (Citizen(Me, 2, Child), ForGuardians, [Other, Child], null),
        ["guardians, citizen not a ward"] = (Citizen(Me, 2, Child), ForGuardians, [Other], R.NotYourData),
        ["guardians, citizen without wards"] = (Citizen(Me, 2), ForGuardians, [Child], R.NotYourData),
        ["guardians, citizen level 1 ward"] = (Citizen(Me, 1, Child), ForGuardians, [Child], R.AssuranceTooLow),
        ["personal, operator"] = (Operator(), Personal, [Other], null),
        ["personal, operator nobody's record"] = (Operator(), Personal, [], null),
        ["personal, operator department in other case"] = (Operator(department: "SOCIAL"), Personal, [Other], null),
        ["personal, operator without purpose"] = (Operator(purpose: null), Personal, [Other], R.PurposeRequired),
        ["personal, operator blank purpose"] = (Operator(purpose: "  "), Personal, [Other], R.PurposeRequired),
        ["personal, operator without purpose of another ente"] = (Operator(purpose: null, ente: "F205"), Personal, [Other], R.PurposeRequired),
        ["personal, operator of another ente"] = (Operator(ente: "F205"), Personal, [Other], R.OtherEnte),
        ["personal, operator without ente"] = (Operator(ente: null), Personal, [Other], R.OtherEnte),
        ["personal, operator of another ente and department"] = (Operator(ente: "F205", department: "taxes"), Personal, [Other], R.OtherEnte),
        ["personal, operator of another department"] = (Operator(department: "taxes"), Personal, [Other], R.OtherDepartment),
        ["personal, operator without department"] = (Operator(department: null), Personal, [Other], R.OtherDepartment),
        ["any desk, operator of another department"] = (Operator(department: "taxes"), AnyDesk, [Other], null),
        ["any desk, operator of another ente"] = (Operator(department: "taxes", ente: "F205"), AnyDesk, [Other], R.OtherEnte),
        ["any desk, analyst"] = (Analyst(), AnyDesk, [Other], R.RoleNotAllowed),
        ["personal, service"] = (Service(), Personal, [Other], null),
        ["personal, service without purpose"] = (Service(purpose: null), Personal, [Other], R.PurposeRequired),
        ["operators only, operator"] = (Operator(), OperatorsOnly, [], null),
        ["operators only, operator without purpose"] = (Operator(purpose: null), OperatorsOnly, [], R.PurposeRequired),
        ["operators only, operator of another ente"] = (Operator(ente: "F205"), OperatorsOnly, [], R.OtherEnte),
        ["operators only, operator of another department"] = (Operator(department: "taxes"), OperatorsOnly, [], R.OtherDepartment),
        ["operators only, citizen"] = (Citizen(Me, 3), OperatorsOnly, [], R.RoleNotAllowed),
        ["operators only, service"] = (Service(), OperatorsOnly, [], R.RoleNotAllowed),
        ["operators only, analyst"] = (Analyst(), OperatorsOnly, [], R.RoleNotAllowed),
        ["operators only, anonymous"] = (Anonymous(), OperatorsOnly, [], R.AuthenticationRequired),
        ["citizens only, citizen"] = (Citizen(Me, 2), CitizensOnly, [], null),
        ["citizens only, citizen level 1"] = (Citizen(Me, 1), CitizensOnly, [], R.AssuranceTooLow),
        ["citizens only, operator"] = (Operator(), CitizensOnly, [], R.RoleNotAllowed),
        ["analysts and services, analyst"] = (Analyst(), AnalystsAndServices, [], null),
        ["analysts and services, service"] = (Service(), AnalystsAndServices, [], null),
        ["analysts and services, service without purpose"] = (Service(purpose: null), AnalystsAndServices, [], R.PurposeRequired),
        ["analysts and services, citizen"] = (Citizen(Me, 2), AnalystsAndServices, [], R.RoleNotAllowed),
        ["own log, citizen own"] = (Citizen(Me, 2), OwnLog, [Me], null),
        ["own log, citizen other"] = (Citizen(Me, 2), OwnLog, [Other], R.NotYourData),
        ["own log, operator of its department"] = (Operator(department: "audit"), OwnLog, [Other], R.RoleNotAllowed),
        ["own log, service"] = (Service(), OwnLog, [Other], R.RoleNotAllowed),
    };

    public static TheoryData<string> CaseNames => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Refuse_Should_ReturnTheExpectedReason_When_TheCaseIs(string name)
    {
        var (caller, rule, subjects, expected) = Cases[name];

        Assert.Equal(expected, Policy.Refuse(caller, rule, subjects));
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void RefuseCaller_Should_NeverAllowWhatRefuseRefuses_When_TheCaseIs(string name)
    {
        var (caller, rule, subjects, expected) = Cases[name];

        var early = Policy.RefuseCaller(caller, rule);

        // The guard asks RefuseCaller before any subject lookup: it may defer, never contradict.
        Assert.True(early is null || early == expected, $"RefuseCaller said {early}, Refuse says {expected}");
        Assert.Equal(expected, early ?? AccessPolicy.RefuseSubjects(caller, rule, subjects));
    }

    [Fact]
    public void RefuseCaller_Should_LeaveTheDecisionToTheSubjects_When_ACitizenReadsPersonalData()
    {
        Assert.Null(Policy.RefuseCaller(Citizen(Me, 2), Personal));
    }

    [Fact]
    public void Describe_Should_GiveEveryReasonItsOwnMessage_When_AskedForEach()
    {
        string[] reasons = [R.AuthenticationRequired, R.RoleNotAllowed, R.AssuranceTooLow, R.NotYourData, R.PurposeRequired, R.OtherEnte, R.OtherDepartment];

        Assert.Equal(reasons.Length, reasons.Select(R.Describe).Distinct().Count());
    }

    private static Caller Anonymous() => Caller.Anonymous("r");

    private static Caller Analyst() => new(CallerRoles.Analyst, "analyst", Ente, "statistics", 2, "dashboards", "r", []);

    private static Caller Citizen(string fiscalCode, int assurance, params string[] wards) => new(CallerRoles.Citizen, fiscalCode, null, null, assurance, null, "r", wards);

    private static Caller Operator(string? purpose = "case review", string? ente = Ente, string? department = Department) =>
        new(CallerRoles.Operator, "op-1", ente, department, 2, purpose, "r", []);

    private static Caller Service(string? purpose = "extraction") => new(CallerRoles.Service, "extractor", null, null, 0, purpose, "r", []);
}
