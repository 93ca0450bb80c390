namespace Beheermodule.Core.Data;

/// <summary>
/// The one organisation a request may read, once a page has narrowed it: the beheermodule narrows it to the
/// organisation in its address after checking the signed-in person manages it. From then on the database's global
/// query filters hide every organisation, means, machtiging, activation letter and code of any other organisation: a
/// second line behind the check on each resource, so a query that forgets its organisation still cannot leak.
/// Staff pages and background jobs do not narrow it; they see everything they are allowed by their own checks.
/// </summary>
public sealed class OrganisationScope
{
    public const string FilterName = "Organisation";

    /// <summary>Null until narrowed: nothing hidden.</summary>
    public int? OrganisationId { get; private set; }

    /// <summary>Narrows once; a request that tries to widen or move it is a bug, so it fails loudly.</summary>
    public void NarrowTo(int organisationId)
    {
        if (OrganisationId is { } current && current != organisationId)
        {
            throw new InvalidOperationException($"This request is scoped to organisation {current}; it cannot move to {organisationId}.");
        }
        OrganisationId = organisationId;
    }
}
