using Beheermodule.Core.Data;
using Beheermodule.Core.Levels;
using Beheermodule.Core.Registration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Beheermodule.Benchmarks.Queue;

/// <summary>
/// Fills a migrated database with applications as an issuer has them after some years: most finished, a working
/// queue of recent ones, EH3 the usual level, rush now and then. Built through the entities' own lifecycle, so every
/// state, timeline and rush flag is one the application could have reached. Deterministic: the same rows every run.
/// </summary>
internal static class QueueSeeder
{
    private const int BatchSize = 2000;

    private static readonly (AssuranceLevel Level, int Weight)[] Levels =
        [(AssuranceLevel.EH1, 8), (AssuranceLevel.EH2, 15), (AssuranceLevel.EH2Plus, 20), (AssuranceLevel.EH3, 47), (AssuranceLevel.EH4, 10)];

    private static readonly (ApplicationStatus Status, int Weight)[] OnlineStates =
        [(ApplicationStatus.AwaitingConfirmation, 3), (ApplicationStatus.Approved, 2), (ApplicationStatus.Completed, 88), (ApplicationStatus.Expired, 7)];

    private static readonly (ApplicationStatus Status, int Weight)[] ContractStates =
    [
        (ApplicationStatus.AwaitingContract, 10), (ApplicationStatus.UnderReview, 8), (ApplicationStatus.Incomplete, 3),
        (ApplicationStatus.Approved, 4), (ApplicationStatus.Completed, 71), (ApplicationStatus.Rejected, 4),
    ];

    private static readonly string[] Surnames =
        ["Jansen", "de Vries", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "Dekker"];

    private static readonly string[] Words =
        ["Dagobert", "Donald", "Bolderbast", "Guus", "Kwik", "Kwek", "Kwak", "Zwaan", "Molen", "Polder", "Haven", "Duin", "Veen", "Brug", "Dijk"];

    private static readonly string[] LegalForms = ["BV", "Stichting", "VOF", "Eenmanszaak", "NV", "Coöperatie"];

    public sealed record Summary(int Applications, int Persons, TimeSpan Elapsed, string SampleKvkNumber);

    public static async Task<Summary> SeedAsync(DbContextOptions<BeheermoduleDbContext> options, int count)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var random = new Random(2026);
        var fees = new FeeCalculator(Options.Create(new FeeOptions()));
        var now = DateTime.UtcNow;
        var organisations = count / 3;
        var persons = 0;
        await using var db = new BeheermoduleDbContext(options);
        // Nothing is changed after Add, so looking for changes on every SaveChanges would only cost time.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync();
        // Inserted oldest first, as they arrived: ids follow submission, so the open applications lie together
        // at the end of the table as they do in a real database, rather than scattered over all of it.
        var plans = Enumerable.Range(0, count).Select(_ => PlanOne(random)).OrderByDescending(p => p.Age).ToList();
        for (var number = 1; number <= count; number++)
        {
            var application = Create(random, fees, now, plans[number - 1], number, random.Next(organisations));
            persons += application.Persons.Count;
            db.Applications.Add(application);
            if (number % BatchSize == 0 || number == count)
            {
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }
        }
        await transaction.CommitAsync();
        return new Summary(count, persons, watch.Elapsed, KvkNumber(organisations / 2));
    }

    private sealed record Plan(AssuranceLevel Level, ApplicationStatus Target, TimeSpan Age);

    private static Plan PlanOne(Random random)
    {
        var level = Pick(random, Levels);
        var target = Pick(random, level.NeedsContract() ? ContractStates : OnlineStates);
        // Open applications are recent; finished ones spread over two years.
        return new Plan(level, target, TimeSpan.FromMinutes(random.Next(1, target.IsFinal() ? 2 * 365 * 24 * 60 : 45 * 24 * 60)));
    }

    private static Application Create(Random random, FeeCalculator fees, DateTime now, Plan plan, int number, int organisation)
    {
        var (level, target, age) = plan;
        var rush = RushFor(random, level);
        var holders = random.Next(1, 4);
        var submittedAt = now - age;
        var application = new Application
        {
            Reference = $"EH-{submittedAt.Year}-{number:D6}",
            Level = level,
            Rush = rush,
            KvkNumber = KvkNumber(organisation),
            BranchNumber = organisation % 5 == 0 ? $"0000{organisation:D8}" : null,
            OrganisationName = $"Test {LegalForms[organisation % LegalForms.Length]} {Words[organisation % Words.Length]} {organisation}",
            LegalForm = LegalForms[organisation % LegalForms.Length],
            Street = "Damrak",
            HouseNumber = (organisation % 200 + 1).ToString(),
            PostalCode = "1012 LG",
            City = "Amsterdam",
            Fees = fees.Quote(level, holders, rush),
            // Only the hash is looked up; the protected token serves e-mails, which the benchmark never sends.
            StatusTokenHash = SecretToken.Hash($"queue-benchmark-{number}"),
            ConfirmationExpiresAt = level.NeedsContract() ? null : submittedAt.AddDays(7),
        };
        application.Persons.Add(Person(random, PersonRole.LegalRepresentative, 0));
        application.Persons.Add(Person(random, PersonRole.AuthorizationManager, 0));
        for (var holder = 0; holder < holders; holder++)
        {
            application.Persons.Add(Person(random, PersonRole.MeansHolder, holder));
        }
        application.Submit(submittedAt);
        var path = PathTo(level, target);
        for (var step = 0; step < path.Count; step++)
        {
            // The steps share the time between submission and now, so the timeline stays in order.
            var at = submittedAt + age * (step + 1) / (path.Count + 1);
            if (path[step] == ApplicationStatus.UnderReview && application.ContractReceivedOn is null)
            {
                application.ContractReceivedOn = DateOnly.FromDateTime(at);
            }
            application.MoveTo(path[step], at);
        }
        return application;
    }

    /// <summary>The transitions after submission that lead to <paramref name="target"/>.</summary>
    private static List<ApplicationStatus> PathTo(AssuranceLevel level, ApplicationStatus target)
    {
        if (!level.NeedsContract())
        {
            return target switch
            {
                ApplicationStatus.AwaitingConfirmation => [],
                ApplicationStatus.Expired => [ApplicationStatus.Expired],
                ApplicationStatus.Approved => [ApplicationStatus.Approved],
                _ => [ApplicationStatus.Approved, ApplicationStatus.Completed],
            };
        }
        return target switch
        {
            ApplicationStatus.AwaitingContract => [],
            ApplicationStatus.UnderReview => [ApplicationStatus.UnderReview],
            ApplicationStatus.Incomplete => [ApplicationStatus.UnderReview, ApplicationStatus.Incomplete],
            ApplicationStatus.Rejected => [ApplicationStatus.UnderReview, ApplicationStatus.Rejected],
            ApplicationStatus.Approved => [ApplicationStatus.UnderReview, ApplicationStatus.Approved],
            _ => [ApplicationStatus.UnderReview, ApplicationStatus.Approved, ApplicationStatus.Completed],
        };
    }

    /// <summary>Rule 14: asked for often at EH2 and EH2+, seldom granted at EH3, never at EH1 or EH4.</summary>
    private static RushOption RushFor(Random random, AssuranceLevel level)
    {
        var share = RushEligibility.For(level) switch
        {
            RushAvailability.Available => 15,
            RushAvailability.OnRequest => 3,
            _ => 0,
        };
        if (random.Next(100) >= share)
        {
            return RushOption.None;
        }
        return random.Next(5) == 0 ? RushOption.Courier : RushOption.SameDay;
    }

    private static ApplicationPerson Person(Random random, PersonRole role, int position)
    {
        var surname = Surnames[random.Next(Surnames.Length)];
        var mailbox = $"{surname.Replace(" ", "").ToLowerInvariant()}{random.Next(100_000)}";
        return new ApplicationPerson
        {
            Role = role,
            Position = position,
            Initials = $"{(char)('A' + random.Next(26))}.",
            Surname = surname,
            DateOfBirth = new DateOnly(1950 + random.Next(50), 1 + random.Next(12), 1 + random.Next(28)),
            Email = $"{mailbox}@example.nl",
            Phone = $"06{random.Next(10_000_000, 99_999_999)}",
        };
    }

    /// <summary>Eight digits, distinct per organisation, clear of the KvK test set the demo data uses.</summary>
    private static string KvkNumber(int organisation) => (20_000_000 + organisation * 7).ToString();

    private static T Pick<T>(Random random, (T Value, int Weight)[] choices)
    {
        var roll = random.Next(choices.Sum(c => c.Weight));
        foreach (var (value, weight) in choices)
        {
            if (roll < weight)
            {
                return value;
            }
            roll -= weight;
        }
        throw new InvalidOperationException("The weights do not add up.");
    }
}
