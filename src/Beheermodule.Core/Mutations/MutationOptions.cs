using System.ComponentModel.DataAnnotations;

namespace Beheermodule.Core.Mutations;

public sealed class MutationOptions
{
    public const string Section = "Mutations";

    /// <summary>How long the e-mailed link to the prepared application for a new KvK number (rule 11) works.</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "60.00:00:00", ErrorMessage = "Mutations:KvkChangeLinkLifetime must be between 1 and 60 days.")]
    public TimeSpan KvkChangeLinkLifetime { get; set; } = TimeSpan.FromDays(14);
}
