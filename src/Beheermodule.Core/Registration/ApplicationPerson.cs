using System.Globalization;
using Beheermodule.Core.Catalogue;
using Beheermodule.Core.Registration.Drafts;

namespace Beheermodule.Core.Registration;

/// <summary>A person named in an application, in one role. One person in two roles is two rows.</summary>
public sealed class ApplicationPerson
{
    public int Id { get; set; }
    public int ApplicationId { get; set; }
    public PersonRole Role { get; set; }
    public int Position { get; set; }
    public string Initials { get; set; } = "";
    public string Surname { get; set; } = "";
    public DateOnly DateOfBirth { get; set; }
    public string Email { get; set; } = "";

    /// <summary>Phone number; the mobile number for a means holder.</summary>
    public string Phone { get; set; } = "";

    public List<RequestedService> RequestedServices { get; set; } = [];

    /// <summary>
    /// A user of an "opwaardering" whose data matched an existing means exactly (rule 13), checked at submission: that
    /// means is upgraded instead of a new one made, so services keep seeing the same person.
    /// </summary>
    public int? UpgradesMeansId { get; set; }

    /// <summary>
    /// A beheerder who already held a means of at least the application's level at the organisation when the
    /// application was submitted: the beheerder role goes to that means and no new means is made.
    /// </summary>
    public int? KeepsMeansId { get; set; }

    public string FullName => $"{Initials} {Surname}";

    /// <summary>This person in the wizard's fields, to fill in a new application with what is known.</summary>
    public T FillIn<T>(T input) where T : PersonInput
    {
        input.Initials = Initials;
        input.Surname = Surname;
        input.DateOfBirth = DateOfBirth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        input.Email = Email;
        input.Phone = Phone;
        return input;
    }
}

/// <summary>A service a means holder must be authorised for, as asked in the application.</summary>
public sealed class RequestedService
{
    public int ApplicationPersonId { get; set; }
    public int ServiceId { get; set; }
    public Service Service { get; set; } = null!;
}
