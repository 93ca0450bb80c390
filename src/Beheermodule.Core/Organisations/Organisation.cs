namespace Beheermodule.Core.Organisations;

/// <summary>A company as the issuer knows it: created at the first approved application for its KvK number (rule 11).</summary>
public sealed class Organisation
{
    public int Id { get; set; }
    public string KvkNumber { get; set; } = "";
    public string Name { get; set; } = "";
    public string LegalForm { get; set; } = "";
    public string Street { get; set; } = "";
    public string HouseNumber { get; set; } = "";
    public string PostalCode { get; set; } = "";
    public string City { get; set; } = "";

    /// <summary>IBAN for direct debit, without spaces. Changed only by staff from a signed SEPA form (rule 10).</summary>
    public string? BankAccount { get; set; }

    public DateTime CreatedAt { get; set; }
}
