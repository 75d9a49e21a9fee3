using Fascicolo.Subgraphs.Registry.Data;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Registry.Schema;

/// <summary>The <c>Relationship</c> type: an ANPR relationship-to-the-head code with its labels.</summary>
internal sealed class RelationshipGraphType : ObjectGraphType<Relationship>
{
    /// <summary>Declares the fields.</summary>
    public RelationshipGraphType()
    {
        Name = "Relationship";
        Description = "A household member's relationship to the head (rapporto di parentela) as ANPR codes it.";
        Field("code", r => r.Code).Description("The ANPR code: 1 head, 2 spouse, 3 child, 4 grandchild, 6 parent, 7 grandparent, 9 sibling, 16 child-in-law, 17 parent-in-law, 23 cohabitant, 28 civil partner…");
        Field("label", r => r.Label).Description("The English label, e.g. 'child'.");
        Field("italianLabel", r => r.ItalianLabel).Description("The Italian label, e.g. 'figlio/a'.");
    }
}
