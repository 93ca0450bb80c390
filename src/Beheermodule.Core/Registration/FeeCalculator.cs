using Beheermodule.Core.Levels;
using Microsoft.Extensions.Options;

namespace Beheermodule.Core.Registration;

/// <summary>The quote an applicant sees and signs: every means for one year, plus any rush order.</summary>
public sealed class FeeCalculator(IOptions<FeeOptions> options)
{
    public FeeQuote Quote(AssuranceLevel level, int numberOfMeans, RushOption rush)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(numberOfMeans);
        var fees = options.Value;
        var perMeans = fees.PerMeansPerYear(level);
        var meansTotal = perMeans * numberOfMeans;
        var rushFee = rush switch
        {
            RushOption.SameDay => fees.RushSameDay,
            RushOption.Courier => fees.RushCourier,
            _ => 0m,
        };
        var courierFee = rush == RushOption.Courier ? fees.CourierCosts : 0m;
        var totalExcludingVat = meansTotal + rushFee + courierFee;
        var vat = Math.Round(totalExcludingVat * fees.VatRate, 2, MidpointRounding.AwayFromZero);
        return new FeeQuote(perMeans, numberOfMeans, meansTotal, rushFee, courierFee, totalExcludingVat, fees.VatRate, vat, totalExcludingVat + vat);
    }
}
