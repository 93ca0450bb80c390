namespace Beheermodule.Core.Mutations;

/// <summary>A holder's new initials, surname or e-mail address; what is null stays as it is.</summary>
public sealed record NewHolderDetails(string? Initials, string? Surname, string? Email);
