namespace Beheermodule.Benchmarks.Queue;

/// <summary>Latency percentiles by the nearest-rank method: each figure is a latency that was really measured.</summary>
internal sealed class Percentiles
{
    private readonly double[] _sorted;

    public Percentiles(IEnumerable<double> values)
    {
        _sorted = values.Order().ToArray();
        if (_sorted.Length == 0)
        {
            throw new ArgumentException("No values to take percentiles of.", nameof(values));
        }
    }

    /// <summary>The smallest value that at least <paramref name="percent"/> % of the values do not exceed.</summary>
    public double At(double percent)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(percent);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percent, 100);
        var rank = (int)Math.Ceiling(percent / 100 * _sorted.Length);
        return _sorted[rank - 1];
    }
}
