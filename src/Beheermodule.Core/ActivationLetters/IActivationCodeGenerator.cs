namespace Beheermodule.Core.ActivationLetters;

/// <summary>Makes new aanmeldcodes; an interface so tests can hand out codes they know.</summary>
public interface IActivationCodeGenerator
{
    /// <summary>A new code in its printed form, "XXXX-XXXX-XXXX".</summary>
    string Generate();
}
