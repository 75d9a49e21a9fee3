namespace Fascicolo.Gateway.Composition;

// Sealing turns the lists filled by the reader or the composer into the lookup tables.
public sealed partial class SupergraphType
{
    internal void Seal(IReadOnlyList<string> possibleTypes)
    {
        _possibleTypes = [.. possibleTypes];
        _subgraphs = [.. MembershipList.Select(m => m.Subgraph).Distinct(StringComparer.Ordinal)];
        _membershipsBySubgraph = MembershipList
            .GroupBy(m => m.Subgraph, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        _keysBySubgraph = MembershipList
            .Where(m => m.Key is not null)
            .GroupBy(m => m.Subgraph, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(m => m.Key!).ToArray(), StringComparer.Ordinal);
        IsEntity = _keysBySubgraph.Count > 0;
        _interfaces = new HashSet<string>(InterfaceList, StringComparer.Ordinal);
        _implements = [.. ImplementsList];
        _unionMembersIn = [.. UnionMemberInList];

        _fieldsByName = new Dictionary<string, SupergraphField>(StringComparer.Ordinal);
        foreach (var field in FieldList)
        {
            field.Seal();
            _fieldsByName.TryAdd(field.Name, field);
        }

        _inputFieldsByName = new Dictionary<string, SupergraphArgument>(StringComparer.Ordinal);
        foreach (var field in InputFieldList)
        {
            _inputFieldsByName.TryAdd(field.Name, field);
        }

        _enumValuesByName = new Dictionary<string, SupergraphEnumValue>(StringComparer.Ordinal);
        foreach (var value in EnumValueList)
        {
            value.Seal();
            _enumValuesByName.TryAdd(value.Name, value);
        }
    }
}
