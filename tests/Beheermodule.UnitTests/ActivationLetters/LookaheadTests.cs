using Beheermodule.Core.ActivationLetters;

namespace Beheermodule.UnitTests.ActivationLetters;

public sealed class LookaheadTests
{
    [Fact]
    public void Results_come_in_source_order()
    {
        var results = Lookahead.Select(Enumerable.Range(0, 1000), i => i * 2, depth: 8).ToList();

        Assert.Equal(Enumerable.Range(0, 1000).Select(i => i * 2), results);
    }

    [Fact]
    public void The_source_is_enumerated_on_the_callers_thread_and_the_work_on_another()
    {
        var caller = Environment.CurrentManagedThreadId;
        var sourceThreads = new HashSet<int>();
        var workThreads = new HashSet<int>();

        IEnumerable<int> Source()
        {
            for (var i = 0; i < 100; i++)
            {
                sourceThreads.Add(Environment.CurrentManagedThreadId);
                yield return i;
            }
        }
        foreach (var _ in Lookahead.Select(Source(), i => { lock (workThreads) { workThreads.Add(Environment.CurrentManagedThreadId); } return i; }, depth: 4))
        {
        }

        Assert.Equal([caller], sourceThreads);
        Assert.DoesNotContain(caller, workThreads);
    }

    [Fact]
    public void No_more_than_depth_items_are_in_flight()
    {
        var taken = 0;
        var consumed = 0;
        var maximum = 0;

        IEnumerable<int> Source()
        {
            for (var i = 0; i < 200; i++)
            {
                taken++;
                maximum = Math.Max(maximum, taken - consumed);
                yield return i;
            }
        }
        foreach (var _ in Lookahead.Select(Source(), i => i, depth: 5))
        {
            consumed++;
        }

        Assert.Equal(5, maximum);
    }

    [Fact]
    public void A_failure_is_thrown_when_its_item_is_reached()
    {
        var received = new List<int>();

        var error = Assert.Throws<InvalidOperationException>(() =>
        {
            foreach (var result in Lookahead.Select(Enumerable.Range(0, 100), i => i == 7 ? throw new InvalidOperationException("seven") : i, depth: 4))
            {
                received.Add(result);
            }
        });

        Assert.Equal("seven", error.Message);
        Assert.Equal(Enumerable.Range(0, 7), received);
    }

    [Fact]
    public void Results_not_taken_are_disposed_when_the_caller_stops_early()
    {
        var made = new List<Disposable>();

        foreach (var result in Lookahead.Select(Enumerable.Range(0, 100), _ => { var d = new Disposable(); lock (made) { made.Add(d); } return d; }, depth: 6))
        {
            result.Dispose();
            break;
        }

        lock (made)
        {
            Assert.All(made, d => Assert.True(d.IsDisposed));
            Assert.InRange(made.Count, 1, 7);
        }
    }

    private sealed class Disposable : IDisposable
    {
        public bool IsDisposed { get; private set; }

        public void Dispose() => IsDisposed = true;
    }
}
