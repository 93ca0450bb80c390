using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace Beheermodule.Core.ActivationLetters;

/// <summary>
/// Runs a transformation on a second thread, a few items ahead of the caller: while the caller handles result n,
/// the worker is already making n+1 to n+depth. The source is still enumerated on the caller's thread (a database
/// query need not be thread-safe), results come back in source order, and a transformation's exception is thrown
/// when the caller reaches that item. At most depth items are in flight, so memory does not grow with the source.
/// </summary>
internal static class Lookahead
{
    public static IEnumerable<TResult> Select<TSource, TResult>(IEnumerable<TSource> source, Func<TSource, TResult> transform, int depth)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(transform);
        ArgumentOutOfRangeException.ThrowIfLessThan(depth, 1);
        return Iterate(source, transform, depth);
    }

    private static IEnumerable<TResult> Iterate<TSource, TResult>(IEnumerable<TSource> source, Func<TSource, TResult> transform, int depth)
    {
        // Neither collection needs a bound of its own: the caller never has more than depth items in flight.
        using var pending = new BlockingCollection<TSource>();
        using var finished = new BlockingCollection<Outcome<TResult>>();
        var worker = Task.Factory.StartNew(
            () =>
            {
                foreach (var item in pending.GetConsumingEnumerable())
                {
                    finished.Add(Outcome<TResult>.Of(transform, item));
                }
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);

        try
        {
            using var enumerator = source.GetEnumerator();
            var inFlight = 0;
            var more = true;
            while (true)
            {
                while (more && inFlight < depth && (more = enumerator.MoveNext()))
                {
                    pending.Add(enumerator.Current);
                    inFlight++;
                }
                if (inFlight == 0)
                {
                    yield break;
                }
                var outcome = finished.Take();
                inFlight--;
                yield return outcome.Result;
            }
        }
        finally
        {
            // Stopped early (done, failed or abandoned): let the worker finish what it has, then free its results.
            pending.CompleteAdding();
            worker.Wait();
            while (finished.TryTake(out var unused))
            {
                unused.Dispose();
            }
        }
    }

    private readonly record struct Outcome<TResult>(TResult? Value, ExceptionDispatchInfo? Error)
    {
        public TResult Result
        {
            get
            {
                Error?.Throw();
                return Value!;
            }
        }

        public static Outcome<TResult> Of<TSource>(Func<TSource, TResult> transform, TSource item)
        {
            try
            {
                return new(transform(item), null);
            }
            catch (Exception ex)
            {
                return new(default, ExceptionDispatchInfo.Capture(ex));
            }
        }

        public void Dispose() => (Value as IDisposable)?.Dispose();
    }
}
