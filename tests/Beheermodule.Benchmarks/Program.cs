using System.Diagnostics;
using Beheermodule.Benchmarks.Logins;
using Beheermodule.Benchmarks.Queue;
using Beheermodule.Benchmarks.ServiceLogins;
using Beheermodule.Core.ActivationLetters;
using Beheermodule.Core.Catalogue;
using Beheermodule.Core.Contracts;
using Beheermodule.Core.Data;
using Beheermodule.Core.Levels;
using Beheermodule.Core.Registration;
using Beheermodule.Core.Registration.Drafts;
using Beheermodule.Core.Templates;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

// Prints throughput figures for the hot paths of registration. Figures, not verdicts: compare runs on one machine.
// Arguments: seconds per case (default 2); "letters" instead runs the print batch of 10,000 activation letters
// (15 to 30 seconds), on its own so its memory figures are not mixed with the other cases; "queue" instead runs the
// backoffice queue over HTTP against 100,000 applications (about two minutes); "logins" instead runs full log-ins
// (password and code) over HTTP against bare PBKDF2 (about two minutes; a number after it sets the seconds per run);
// "servicelogins" instead runs log-ins at a service through the OpenID Connect provider (authorisation and token
// request) over HTTP by holders already signed in (about two minutes; a number after it sets the seconds per run).
if (args.Contains("queue"))
{
    await QueueBenchmark.RunAsync();
    return;
}
if (args.Contains("servicelogins"))
{
    var runSeconds = args.Select(a => double.TryParse(a, out var n) ? n : 0).FirstOrDefault(n => n > 0, 20);
    await ServiceLoginBenchmark.RunAsync(TimeSpan.FromSeconds(runSeconds));
    return;
}
if (args.Contains("logins"))
{
    var runSeconds = args.Select(a => double.TryParse(a, out var n) ? n : 0).FirstOrDefault(n => n > 0, 20);
    await LoginBenchmark.RunAsync(TimeSpan.FromSeconds(runSeconds));
    return;
}

var seconds = args.Length > 0 && double.TryParse(args[0], out var s) ? s : 2.0;
Console.WriteLine($"Beheermodule benchmarks ({seconds:0.#} s per case, {Environment.ProcessorCount} cores)");
Console.WriteLine();

var templates = new TemplateRenderer(Options.Create(new TemplateOptions()));
if (args.Contains("letters"))
{
    ActivationLetterBatchBenchmark.Run(templates);
    return;
}

var contracts = new ContractPdfRenderer(templates);
Measure("contract PDF, 1 user", () => contracts.Render(Contract(1)));
Measure("contract PDF, 25 users", () => contracts.Render(Contract(25)));
var letters = new ActivationLetterPdfRenderer(templates);
var letter = new ActivationLetterModel
{
    Recipient = new("D. Duck", "Test EMZ Dagobert", "Damrak 1", "1012 LG", "Amsterdam"), HolderName = "J. Jansen",
    Organisation = new("Test EMZ Dagobert", "69599084", null), Level = AssuranceLevel.EH3, ActivationCode = "ABCD-EFGH-JKMN",
    ExpiresAt = new DateTime(2026, 12, 23, 9, 15, 0, DateTimeKind.Utc), LetterDate = new DateOnly(2026, 11, 23), ApplicationReference = "EH-2026-000123",
    Issuer = new("Beheermodule eHerkenning", "088 000 00 00", "op werkdagen van 8.30 tot 17.00 uur", "https://example.nl/activeren"),
};
Measure("activation letter PDF, 1 letter", () => letters.Render(letter));
Measure("e-mail template (html)", () => templates.Render("email/ApplicationStatusChanged.html", new Beheermodule.Core.Registration.Mails.ApplicationStatusChangedMail
{
    RecipientName = "D. Duck", Reference = "EH-2026-000123", OrganisationName = "Test BV Donald", StatusName = "Goedgekeurd",
    WhatNowText = "U hoeft niets te doen.", Note = "", StatusUrl = "https://example.nl/status/abc", IssuerName = "Beheermodule",
}));

var validator = new DraftValidator(Options.Create(new RegistrationOptions()), TimeProvider.System);
var catalogue = ServiceCatalogueSeed.Entries.Select((e, i) => new Service
{
    Id = i + 1, Name = e.Name, RequiredLevel = e.RequiredLevel, RefusesBranchBoundMeans = e.RefusesBranchBoundMeans,
    ServiceProvider = new ServiceProvider { Name = e.Provider },
}).ToList();
var users = new UsersStep
{
    Persons = Enumerable.Range(0, 50).Select(i => new UserInput
    {
        Initials = "J.", Surname = $"Jansen{i}", DateOfBirth = "1985-04-12", Email = $"j{i}@bedrijf.nl", Phone = "0612345678", ServiceIds = [1, 4],
    }).ToList(),
};
Measure("users step validation, 50 users", () => validator.ValidateUsers(users, AssuranceLevel.EH3, false, catalogue));

using var connection = new SqliteConnection("DataSource=:memory:");
connection.Open();
var options = new DbContextOptionsBuilder<BeheermoduleDbContext>().UseSqlite(connection).Options;
await using (var db = new BeheermoduleDbContext(options))
{
    db.Database.EnsureCreated();
    await new ServiceCatalogueSeeder(db).SeedAsync();
}
await using (var db = new BeheermoduleDbContext(options))
{
    var search = new ServiceCatalogue(db);
    await MeasureAsync("catalogue search (SQLite)", () => search.SearchAsync("provincie formulieren"));
}

void Measure(string name, Func<object> action)
{
    action();
    var watch = Stopwatch.StartNew();
    var count = 0;
    while (watch.Elapsed.TotalSeconds < seconds)
    {
        action();
        count++;
    }
    Report(name, count, watch.Elapsed);
}

async Task MeasureAsync(string name, Func<Task> action)
{
    await action();
    var watch = Stopwatch.StartNew();
    var count = 0;
    while (watch.Elapsed.TotalSeconds < seconds)
    {
        await action();
        count++;
    }
    Report(name, count, watch.Elapsed);
}

static void Report(string name, int count, TimeSpan elapsed) =>
    Console.WriteLine($"{name,-36} {count / elapsed.TotalSeconds,10:N0} /s {elapsed.TotalMilliseconds * 1000 / count,10:N1} µs each");

static ContractModel Contract(int users) => new()
{
    Reference = "EH-2026-000123",
    DateText = "23 november 2026",
    Level = AssuranceLevel.EH3,
    LevelName = "EH3",
    IsUpgrade = false,
    Organisation = new("Test EMZ Dagobert", "69599084", "000038509504", "Damrak 1, 1012 LG Amsterdam"),
    LegalRepresentatives = [new("D.", "Duck", "1 mei 1970", "dagobert@example.nl", "0201234567")],
    JointlyAuthorised = false,
    AuthorizationManagers = [new("D.", "Duck", "1 mei 1970", "dagobert@example.nl", "0201234567")],
    Users = Enumerable.Range(1, users).Select(i => new ContractUser("A.", $"Gebruiker {i}", "15 januari 1990", $"u{i}@example.nl", "0612345678", "0612345678", ["RVO — Mijn RVO (EH3)"])).ToList(),
    EvidenceHolders = Enumerable.Range(1, users).Select(i => $"A. Gebruiker {i} (gebruiker)").ToList(),
    Fees = new([new("1 × eHerkenningsmiddel EH3", "€ 49,50")], "€ 49,50", "Btw 21%", "€ 10,40", "€ 59,90"),
    Rush = ContractRush.None,
    Issuer = new("Beheermodule eHerkenning", ["Antwoordnummer 1234", "8200 VB Lelystad"]),
};
