using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Beheermodule.Web.Infrastructure;

public static class ModelStateExtensions
{
    /// <summary>
    /// On a page with several forms, only the one sent is validated: the others arrive empty and, finding no fields
    /// under their own prefix, would bind without it and be refused too.
    /// </summary>
    public static void KeepOnlyEntriesOf(this ModelStateDictionary modelState, string name)
    {
        foreach (var key in modelState.Keys.Where(k => k != name && !k.StartsWith(name + ".", StringComparison.Ordinal)).ToList())
        {
            modelState.Remove(key);
        }
    }
}
