namespace Fascicolo.Subgraphs.Kit;

/// <summary>
/// What the kit enforces on one field, worked out once when the schema is initialised from the marks of
/// the field and its parent type (<see cref="PersonalDataExtensions.PersonalData"/>,
/// <see cref="AccessExtensions"/>).
/// </summary>
/// <param name="Coordinate">The schema coordinate, <c>Type.field</c>, as the access log records it.</param>
/// <param name="IsPersonal">The field or its parent type carries <c>@personalData</c>.</param>
/// <param name="OpenToGuardians">A citizen may read it for the minors in their care (their <c>wards</c>).</param>
/// <param name="Department">The department whose operators may read it: the field's, else the type's, else the subgraph's; <see cref="AccessExtensions.AnyDepartment"/> for all.</param>
/// <param name="RequiredRoles">The only roles that may resolve it (<see cref="AccessExtensions.RequireRole"/>); empty when any role may.</param>
public sealed record FieldAccessRule(
    string Coordinate,
    bool IsPersonal,
    bool OpenToGuardians,
    string Department,
    IReadOnlyList<string> RequiredRoles)
{
    /// <summary>True when the kit has nothing to check on this field (its resolver is then left untouched).</summary>
    public bool IsUnrestricted => !IsPersonal && RequiredRoles.Count == 0;
}
