namespace Fascicolo.Domain.SyntheticCity.Welfare;

/// <summary>One step in a social case's history.</summary>
/// <param name="OccurredOn">The day the case entered <paramref name="Status"/>.</param>
/// <param name="Status">The status it entered.</param>
/// <param name="Note">The social worker's note, e.g. <c>Progetto individualizzato attivato</c>.</param>
public sealed record SocialCaseEvent(DateOnly OccurredOn, SocialCaseStatus Status, string Note);
