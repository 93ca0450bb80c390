namespace Beheermodule.Core.Registration;

/// <summary>The fees as quoted at submission; later changes to the tariff do not touch a submitted application.</summary>
public sealed record FeeQuote(
    decimal FeePerMeansPerYear,
    int NumberOfMeans,
    decimal MeansTotal,
    decimal RushFee,
    decimal CourierFee,
    decimal TotalExcludingVat,
    decimal VatRate,
    decimal Vat,
    decimal TotalIncludingVat);
