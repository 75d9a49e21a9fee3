using System.Globalization;
using System.Text.RegularExpressions;
using Fascicolo.Domain.FiscalCodes;
using Fascicolo.Gateway.Hosting;
using Fascicolo.Gateway.Identity;
using Fascicolo.Gateway.Trust;

namespace Fascicolo.Gateway.Commands;

/// <summary>
/// <c>token --fiscal-code CF --role citizen|operator|analyst|service [--subject id] [--ente D969]
/// [--department social] [--loa 2] [--minutes 60] [--key-file …] [--issuer …] [--audience …]</c>: prints
/// a token of the development issuer (its key is created on first use) that the gateway accepts when
/// <c>Identity:Development:Enabled</c> is on with the same key file. Exit codes: 0 printed, 2 bad input
/// (the message starts with a stable code such as <c>INVALID_FISCAL_CODE</c>).
/// </summary>
internal static partial class TokenCommand
{
    private const string Usage =
        "usage: Fascicolo.Gateway token --role citizen|operator|analyst|service [--fiscal-code CF] [--subject ID] " +
        "[--ente D969] [--department social] [--loa 1-3] [--minutes 60] [--key-file .data/identity/dev-issuer.pem] " +
        "[--issuer fascicolo-dev] [--audience fascicolo]";

    private static readonly string[] Known =
        ["--role", "--fiscal-code", "--subject", "--ente", "--department", "--loa", "--minutes", "--key-file", "--issuer", "--audience"];

    private static readonly string[] Roles = [CallerRoles.Citizen, CallerRoles.Operator, CallerRoles.Analyst, CallerRoles.Service];

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var options = CommandOptions.Parse(args, Known, out var problem);
        var request = options is null ? null : Read(options, out problem);
        if (request is null)
        {
            await error.WriteLineAsync($"token: {problem}\n{Usage}").ConfigureAwait(false);
            return 2;
        }

        var settings = new DevelopmentIssuerSettings(
            options!["--key-file"] ?? DevelopmentIssuerSettings.DefaultKeyFile,
            options["--issuer"] ?? DevelopmentIssuerSettings.DefaultIssuer,
            options["--audience"] ?? DevelopmentIssuerSettings.DefaultAudience);
        try
        {
            var issuer = DevelopmentIssuer.Load(settings);
            await output.WriteLineAsync(issuer.Mint(request)).ConfigureAwait(false);
            return 0;
        }
        catch (GatewayStartupException exception)
        {
            await error.WriteLineAsync($"token: KEY_UNAVAILABLE: {exception.Message}").ConfigureAwait(false);
            return 2;
        }
    }

    /// <summary>The token the options describe, or null with the problem (a code and a message).</summary>
    private static DevelopmentTokenRequest? Read(CommandOptions options, out string? problem)
    {
        problem = null;
        var role = options["--role"]?.ToLowerInvariant();
        if (role is null || !Roles.Contains(role))
        {
            problem = $"UNKNOWN_ROLE: --role must be one of {string.Join(", ", Roles)}{(role is null ? string.Empty : $", not '{role}'")}.";
            return null;
        }

        string? fiscalCode = null;
        if (options["--fiscal-code"] is { } text)
        {
            if (!FiscalCode.TryParse(text, out var code, out var codeError))
            {
                problem = $"INVALID_FISCAL_CODE: '{text}' is not a valid fiscal code ({codeError}).";
                return null;
            }

            fiscalCode = code.Value;
        }

        var subject = options["--subject"] ?? fiscalCode;
        if (subject is null)
        {
            problem = role == CallerRoles.Citizen
                ? "FISCAL_CODE_REQUIRED: a citizen's token needs --fiscal-code."
                : $"SUBJECT_REQUIRED: a {role}'s token needs --subject (a staff or client id) or --fiscal-code.";
            return null;
        }

        if (role == CallerRoles.Citizen && fiscalCode is null)
        {
            problem = "FISCAL_CODE_REQUIRED: a citizen's token needs --fiscal-code.";
            return null;
        }

        var ente = options["--ente"]?.ToUpperInvariant();
        var department = options["--department"]?.ToLowerInvariant();
        if (ente is not null && !BelfioreCode().IsMatch(ente))
        {
            problem = $"INVALID_ENTE: --ente must be a municipality code (a letter and three digits, e.g. D969), not '{ente}'.";
            return null;
        }

        if (department is not null && !DepartmentName().IsMatch(department))
        {
            problem = $"INVALID_DEPARTMENT: --department must be a lower-case name such as 'social', not '{department}'.";
            return null;
        }

        if (role == CallerRoles.Operator && (ente is null || department is null))
        {
            problem = "ENTE_AND_DEPARTMENT_REQUIRED: an operator's token needs --ente and --department.";
            return null;
        }

        if (!TryReadInt(options["--loa"], 1, 3, role == CallerRoles.Citizen ? 2 : null, out var loa))
        {
            problem = $"INVALID_LOA: --loa must be 1, 2 or 3, not '{options["--loa"]}'.";
            return null;
        }

        if (!TryReadInt(options["--minutes"], 1, 60 * 24 * 30, 60, out var minutes))
        {
            problem = $"INVALID_MINUTES: --minutes must be a whole number from 1 to 43200, not '{options["--minutes"]}'.";
            return null;
        }

        // A citizen token carries the fiscal number; staff and services are identified by sub alone.
        return new DevelopmentTokenRequest(
            role,
            subject,
            role == CallerRoles.Citizen ? fiscalCode : null,
            loa,
            role == CallerRoles.Citizen ? null : ente,
            role == CallerRoles.Citizen ? null : department,
            TimeSpan.FromMinutes(minutes!.Value));
    }

    private static bool TryReadInt(string? text, int min, int max, int? fallback, out int? value)
    {
        value = fallback;
        if (text is null)
        {
            return true;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed >= min && parsed <= max)
        {
            value = parsed;
            return true;
        }

        return false;
    }

    [GeneratedRegex("^[A-Z][0-9]{3}$", RegexOptions.CultureInvariant)]
    private static partial Regex BelfioreCode();

    [GeneratedRegex("^[a-z][a-z0-9-]{0,39}$", RegexOptions.CultureInvariant)]
    private static partial Regex DepartmentName();
}
