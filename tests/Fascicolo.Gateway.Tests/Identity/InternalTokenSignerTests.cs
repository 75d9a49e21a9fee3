using Fascicolo.Gateway.Identity;
using Fascicolo.Gateway.Trust;

namespace Fascicolo.Gateway.Tests.Identity;

public sealed class InternalTokenSignerTests
{
    private static readonly Caller Operator = new(CallerRoles.Operator, "op-1", "D969", "social", 2, "pratica 12", "r1", [], "desk");

    public static TheoryData<string, Caller> Variants() => new()
    {
        { "role", Operator with { Role = CallerRoles.Service } },
        { "subject", Operator with { Subject = "op-2" } },
        { "ente", Operator with { Ente = "D970" } },
        { "department", Operator with { Department = "taxes" } },
        { "purpose", Operator with { Purpose = "pratica 13" } },
        { "no purpose", Operator with { Purpose = null } },
        { "assurance", Operator with { Assurance = 3 } },
        { "wards", Operator with { Wards = ["CNPMTT17E21D969F"] } },
        { "client", Operator with { Client = "portal" } },
        { "request", Operator with { RequestId = "r2" } },
        { "parts run together", Operator with { Ente = "D969s", Department = "ocial" } },
    };

    [Theory]
    [MemberData(nameof(Variants))]
    public void Partition_Should_Differ_When_AnythingAccessDependsOnDiffers(string what, Caller other)
    {
        Assert.False(
            string.Equals(InternalTokenSigner.PartitionOf(Operator), InternalTokenSigner.PartitionOf(other), StringComparison.Ordinal),
            $"The partition ignores the {what}.");
    }

    [Fact]
    public void Partition_Should_BeSharedByAnonymousCallers_When_OnlyTheirRequestIdsDiffer() =>
        Assert.Equal(InternalTokenSigner.PartitionOf(Caller.Anonymous("r1")), InternalTokenSigner.PartitionOf(Caller.Anonymous("r2")));

    [Fact]
    public async Task Sign_Should_AddAFreshTokenForTheSubgraphAndBody_When_Called()
    {
        using var key = InternalTokenKeys.Create();
        var signer = new InternalTokenSigner(new InternalTokenIssuer(key), Operator);
        using var message = new HttpRequestMessage();

        signer.Sign(message.Headers, "welfare", "{}"u8);
        var first = message.Headers.Authorization!;
        signer.Sign(message.Headers, "welfare", "{}"u8);

        Assert.Equal("Bearer", first.Scheme);
        Assert.NotEqual(first.Parameter, message.Headers.Authorization!.Parameter);
        var validator = new InternalTokenValidator(key, "welfare", new InternalTokenReplayCache());
        var validation = await validator.ValidateAsync(first.Parameter, "{}"u8.ToArray());
        Assert.Equal(Operator, validation.Caller! with { Wards = Operator.Wards });
    }
}
