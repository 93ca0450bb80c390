using Beheermodule.Web.Accounts;
using Beheermodule.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

builder.AddBeheermodule();

var app = builder.Build();

if (args.Contains("migrate"))
{
    // Production with PostgreSQL: migrate explicitly, before the instances start.
    await app.MigrateDatabaseAsync();
    return;
}

if (args.FirstOrDefault() == "staff")
{
    await app.InitializeDatabaseAsync();
    Environment.ExitCode = await StaffCommand.RunAsync(app.Services, args, Console.Out);
    return;
}

await app.InitializeDatabaseAsync();
app.UseBeheermodule();
app.Run();

public partial class Program;
