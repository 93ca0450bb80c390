using System.ComponentModel.DataAnnotations;
using Beheermodule.Core.Levels;

namespace Beheermodule.Core.Registration;

/// <summary>Tarieven, excluding VAT. Rush fees from rule 14.</summary>
public sealed class FeeOptions
{
    public const string Section = "Fees";

    [Range(typeof(decimal), "0", "10000", ErrorMessage = "Fees:EH1 must be between 0 and 10000.")]
    public decimal EH1 { get; set; } = 19.50m;

    [Range(typeof(decimal), "0", "10000", ErrorMessage = "Fees:EH2 must be between 0 and 10000.")]
    public decimal EH2 { get; set; } = 27.50m;

    [Range(typeof(decimal), "0", "10000", ErrorMessage = "Fees:EH2Plus must be between 0 and 10000.")]
    public decimal EH2Plus { get; set; } = 39.50m;

    [Range(typeof(decimal), "0", "10000", ErrorMessage = "Fees:EH3 must be between 0 and 10000.")]
    public decimal EH3 { get; set; } = 49.50m;

    [Range(typeof(decimal), "0", "10000", ErrorMessage = "Fees:EH4 must be between 0 and 10000.")]
    public decimal EH4 { get; set; } = 149.00m;

    /// <summary>Processed and posted the same working day.</summary>
    [Range(typeof(decimal), "0", "10000", ErrorMessage = "Fees:RushSameDay must be between 0 and 10000.")]
    public decimal RushSameDay { get; set; } = 25m;

    /// <summary>Courier delivery; the courier's own costs come on top.</summary>
    [Range(typeof(decimal), "0", "10000", ErrorMessage = "Fees:RushCourier must be between 0 and 10000.")]
    public decimal RushCourier { get; set; } = 40m;

    /// <summary>The courier's costs as charged on, quoted in advance.</summary>
    [Range(typeof(decimal), "0", "10000", ErrorMessage = "Fees:CourierCosts must be between 0 and 10000.")]
    public decimal CourierCosts { get; set; } = 35m;

    /// <summary>Converting a means on a vestiging to the hoofdvestiging (rule 12).</summary>
    [Range(typeof(decimal), "0", "10000", ErrorMessage = "Fees:BranchConversion must be between 0 and 10000.")]
    public decimal BranchConversion { get; set; } = 10m;

    /// <summary>A new activation letter for a lost or expired code (rule 4).</summary>
    [Range(typeof(decimal), "0", "10000", ErrorMessage = "Fees:NewActivationLetter must be between 0 and 10000.")]
    public decimal NewActivationLetter { get; set; }

    /// <summary>Ending (opzeggen) a means.</summary>
    [Range(typeof(decimal), "0", "10000", ErrorMessage = "Fees:EndMeans must be between 0 and 10000.")]
    public decimal EndMeans { get; set; }

    /// <summary>Preparing the new application for a new KvK number (rule 11); the new means are charged as usual.</summary>
    [Range(typeof(decimal), "0", "10000", ErrorMessage = "Fees:NewKvkNumber must be between 0 and 10000.")]
    public decimal NewKvkNumber { get; set; }

    /// <summary>Changing a holder's name or e-mail address.</summary>
    [Range(typeof(decimal), "0", "10000", ErrorMessage = "Fees:HolderDetails must be between 0 and 10000.")]
    public decimal HolderDetails { get; set; }

    /// <summary>Giving or taking back a machtiging for an organisation without the beheermodule.</summary>
    [Range(typeof(decimal), "0", "10000", ErrorMessage = "Fees:AuthorizationChange must be between 0 and 10000.")]
    public decimal AuthorizationChange { get; set; }

    /// <summary>Recording a new bank account from a SEPA form (rule 10).</summary>
    [Range(typeof(decimal), "0", "10000", ErrorMessage = "Fees:BankAccount must be between 0 and 10000.")]
    public decimal BankAccount { get; set; }

    [Range(typeof(decimal), "0", "1", ErrorMessage = "Fees:VatRate must be a fraction between 0 and 1, such as 0.21.")]
    public decimal VatRate { get; set; } = 0.21m;

    public decimal PerMeansPerYear(AssuranceLevel level) => level switch
    {
        AssuranceLevel.EH1 => EH1,
        AssuranceLevel.EH2 => EH2,
        AssuranceLevel.EH2Plus => EH2Plus,
        AssuranceLevel.EH3 => EH3,
        AssuranceLevel.EH4 => EH4,
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };
}
