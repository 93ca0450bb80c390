using Beheermodule.Core.Levels;
using Beheermodule.Core.Registration;
using Microsoft.Extensions.Options;

namespace Beheermodule.UnitTests.Registration;

public class FeeCalculatorTests
{
    /// <summary>A tariff with a distinct fee per level, so a level mixed up with another shows.</summary>
    private static FeeOptions DistinctTariff() => new()
    {
        EH1 = 11m,
        EH2 = 22m,
        EH2Plus = 33m,
        EH3 = 44m,
        EH4 = 155m,
        RushSameDay = 25m,
        RushCourier = 40m,
        CourierCosts = 35m,
        VatRate = 0.21m,
    };

    private static FeeCalculator Calculator(FeeOptions fees) => new(Options.Create(fees));

    [Theory]
    [InlineData(AssuranceLevel.EH1, 1, 11)]
    [InlineData(AssuranceLevel.EH1, 3, 33)]
    [InlineData(AssuranceLevel.EH2, 1, 22)]
    [InlineData(AssuranceLevel.EH2, 4, 88)]
    [InlineData(AssuranceLevel.EH2Plus, 2, 66)]
    [InlineData(AssuranceLevel.EH3, 5, 220)]
    [InlineData(AssuranceLevel.EH4, 2, 310)]
    public void Quote_LevelAndNumberOfMeans_ChargesLevelFeeTimesNumber(AssuranceLevel level, int numberOfMeans, int expectedMeansTotal)
    {
        var fees = DistinctTariff();

        var quote = Calculator(fees).Quote(level, numberOfMeans, RushOption.None);

        Assert.Equal(fees.PerMeansPerYear(level), quote.FeePerMeansPerYear);
        Assert.Equal(numberOfMeans, quote.NumberOfMeans);
        Assert.Equal((decimal)expectedMeansTotal, quote.MeansTotal);
        Assert.Equal(0m, quote.RushFee);
        Assert.Equal(0m, quote.CourierFee);
        Assert.Equal((decimal)expectedMeansTotal, quote.TotalExcludingVat);
    }

    [Theory]
    [InlineData(AssuranceLevel.EH1, 11)]
    [InlineData(AssuranceLevel.EH2, 22)]
    [InlineData(AssuranceLevel.EH2Plus, 33)]
    [InlineData(AssuranceLevel.EH3, 44)]
    [InlineData(AssuranceLevel.EH4, 155)]
    public void PerMeansPerYear_EachLevel_ReturnsThatLevelsSetting(AssuranceLevel level, int expected)
    {
        Assert.Equal((decimal)expected, DistinctTariff().PerMeansPerYear(level));
    }

    [Fact]
    public void Quote_RushSameDay_AddsRushSameDayOnly()
    {
        var fees = DistinctTariff();

        var quote = Calculator(fees).Quote(AssuranceLevel.EH2, 2, RushOption.SameDay);

        Assert.Equal(fees.RushSameDay, quote.RushFee);
        Assert.Equal(0m, quote.CourierFee);
        Assert.Equal(2 * fees.EH2 + fees.RushSameDay, quote.TotalExcludingVat);
    }

    [Fact]
    public void Quote_RushCourier_AddsRushCourierPlusCourierCosts()
    {
        var fees = DistinctTariff();

        var quote = Calculator(fees).Quote(AssuranceLevel.EH2Plus, 3, RushOption.Courier);

        Assert.Equal(fees.RushCourier, quote.RushFee);
        Assert.Equal(fees.CourierCosts, quote.CourierFee);
        Assert.Equal(3 * fees.EH2Plus + fees.RushCourier + fees.CourierCosts, quote.TotalExcludingVat);
    }

    [Fact]
    public void FeeOptions_Defaults_RushFeesFromRule14()
    {
        var fees = new FeeOptions();

        Assert.Equal(25m, fees.RushSameDay);
        Assert.Equal(40m, fees.RushCourier);
    }

    [Theory]
    [InlineData("0.50", "0.21", "0.11")]   // 0.105: away from zero, not to even (0.10)
    [InlineData("2.50", "0.21", "0.53")]   // 0.525: away from zero, not to even (0.52)
    [InlineData("10.10", "0.21", "2.12")]  // 2.121
    [InlineData("10.20", "0.21", "2.14")]  // 2.142
    [InlineData("19.95", "0.21", "4.19")]  // 4.1895
    [InlineData("0.10", "0.05", "0.01")]   // 0.005
    [InlineData("27.50", "0", "0")]
    public void Quote_VatWithMoreThanTwoDecimals_RoundsToCentsAwayFromZero(string excludingVat, string vatRate, string expectedVat)
    {
        var excluding = decimal.Parse(excludingVat, System.Globalization.CultureInfo.InvariantCulture);
        var fees = new FeeOptions { EH2 = excluding, VatRate = decimal.Parse(vatRate, System.Globalization.CultureInfo.InvariantCulture) };

        var quote = Calculator(fees).Quote(AssuranceLevel.EH2, 1, RushOption.None);

        var expected = decimal.Parse(expectedVat, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(expected, quote.Vat);
        Assert.Equal(excluding + expected, quote.TotalIncludingVat);
        Assert.Equal(fees.VatRate, quote.VatRate);
    }

    public static TheoryData<AssuranceLevel, int, RushOption> EveryLevelCountAndRush()
    {
        var data = new TheoryData<AssuranceLevel, int, RushOption>();
        foreach (var level in Enum.GetValues<AssuranceLevel>())
        {
            foreach (var count in new[] { 0, 1, 3, 7, 50 })
            {
                foreach (var rush in Enum.GetValues<RushOption>())
                {
                    data.Add(level, count, rush);
                }
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryLevelCountAndRush))]
    public void Quote_AnyInput_TotalsAreConsistent(AssuranceLevel level, int numberOfMeans, RushOption rush)
    {
        var fees = new FeeOptions { EH2 = 27.33m, EH2Plus = 39.99m, CourierCosts = 12.47m, VatRate = 0.21m };

        var quote = Calculator(fees).Quote(level, numberOfMeans, rush);

        Assert.Equal(quote.FeePerMeansPerYear * quote.NumberOfMeans, quote.MeansTotal);
        Assert.Equal(quote.MeansTotal + quote.RushFee + quote.CourierFee, quote.TotalExcludingVat);
        Assert.Equal(Math.Round(quote.TotalExcludingVat * quote.VatRate, 2, MidpointRounding.AwayFromZero), quote.Vat);
        Assert.Equal(quote.Vat, Math.Round(quote.Vat, 2));
        Assert.Equal(quote.TotalExcludingVat + quote.Vat, quote.TotalIncludingVat);
    }

    [Fact]
    public void Quote_ZeroUsersWithoutRush_IsZero()
    {
        var quote = Calculator(DistinctTariff()).Quote(AssuranceLevel.EH3, 0, RushOption.None);

        Assert.Equal(0, quote.NumberOfMeans);
        Assert.Equal(0m, quote.MeansTotal);
        Assert.Equal(0m, quote.TotalExcludingVat);
        Assert.Equal(0m, quote.Vat);
        Assert.Equal(0m, quote.TotalIncludingVat);
    }

    [Fact]
    public void Quote_ZeroUsersWithRush_ChargesOnlyTheRush()
    {
        var fees = DistinctTariff();

        var quote = Calculator(fees).Quote(AssuranceLevel.EH2, 0, RushOption.SameDay);

        Assert.Equal(0m, quote.MeansTotal);
        Assert.Equal(fees.RushSameDay, quote.TotalExcludingVat);
    }

    [Fact]
    public void Quote_NegativeNumberOfMeans_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Calculator(DistinctTariff()).Quote(AssuranceLevel.EH2, -1, RushOption.None));
    }

    [Fact]
    public void Quote_OptionsChanged_NextQuoteChangesAndEarlierQuoteStays()
    {
        var fees = DistinctTariff();
        var calculator = Calculator(fees);
        var before = calculator.Quote(AssuranceLevel.EH2, 2, RushOption.Courier);

        fees.EH2 = 30m;
        fees.RushCourier = 45m;
        fees.CourierCosts = 20m;
        fees.VatRate = 0.09m;
        var after = calculator.Quote(AssuranceLevel.EH2, 2, RushOption.Courier);

        Assert.Equal(30m, after.FeePerMeansPerYear);
        Assert.Equal(60m, after.MeansTotal);
        Assert.Equal(45m, after.RushFee);
        Assert.Equal(20m, after.CourierFee);
        Assert.Equal(125m, after.TotalExcludingVat);
        Assert.Equal(0.09m, after.VatRate);
        Assert.Equal(11.25m, after.Vat);
        Assert.NotEqual(before, after);
        Assert.Equal(22m, before.FeePerMeansPerYear);
        Assert.Equal(44m + 40m + 35m, before.TotalExcludingVat);
    }

    [Fact]
    public void Quote_DifferentTariffs_GiveDifferentQuotes()
    {
        var cheap = Calculator(new FeeOptions { EH3 = 10m }).Quote(AssuranceLevel.EH3, 2, RushOption.None);
        var dear = Calculator(new FeeOptions { EH3 = 20m }).Quote(AssuranceLevel.EH3, 2, RushOption.None);

        Assert.Equal(20m, cheap.MeansTotal);
        Assert.Equal(40m, dear.MeansTotal);
    }
}
