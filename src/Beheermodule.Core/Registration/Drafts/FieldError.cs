namespace Beheermodule.Core.Registration.Drafts;

/// <summary>A Dutch message for one field; <see cref="Field"/> is the property path within the step ("Persons[1].Email").</summary>
public sealed record FieldError(string Field, string Message);
