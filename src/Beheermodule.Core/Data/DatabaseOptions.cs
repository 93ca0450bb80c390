using System.ComponentModel.DataAnnotations;

namespace Beheermodule.Core.Data;

public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>Sqlite (default, a file under data/) or Postgres.</summary>
    [AllowedValues(DatabaseProvider.Sqlite, DatabaseProvider.Postgres, ErrorMessage = "Database:Provider must be Sqlite or Postgres.")]
    public string Provider { get; set; } = DatabaseProvider.Sqlite;

    [Required(ErrorMessage = "Database:ConnectionString is required.")]
    public string ConnectionString { get; set; } = "Data Source=data/beheermodule.db";

    /// <summary>Apply pending migrations at start-up. Right for SQLite; for PostgreSQL production use the migrate command.</summary>
    public bool MigrateAtStartup { get; set; } = true;
}

public static class DatabaseProvider
{
    public const string Sqlite = "Sqlite";
    public const string Postgres = "Postgres";
}
