using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Data.AtRest;
using DsarPlatform.Workflows.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DsarPlatform.Tests.Security;

/// <summary>A migrated SQLite workflow database in a temporary file, for services tested without the web host.</summary>
public sealed class TestDatabase : IDisposable
{
    readonly string _folder = Directory.CreateTempSubdirectory("dsar-db-").FullName;

    /// <summary>One key set for the test process, so every test database shares one cached EF model.</summary>
    public static AtRestKeys Keys { get; } = AtRestKeys.Random();

    public TestDatabase()
    {
        using var db = NewContext();
        db.Database.Migrate();
    }

    public DsarDbContext NewContext() => NewContext(Keys);

    public DsarDbContext NewContext(AtRestKeys keys) =>
        new(new DbContextOptionsBuilder<DsarDbContext>()
            .UseSqlite($"Data Source={Path.Combine(_folder, "dsar.db")}", o => o.MigrationsAssembly("DsarPlatform.Migrations.Sqlite"))
            .Options, keys);

    /// <summary>A context with the given save interceptors, in order (e.g. the web host's SQLite gate and inline sealing).</summary>
    public DsarDbContext NewContext(params IInterceptor[] interceptors) =>
        new(new DbContextOptionsBuilder<DsarDbContext>()
            .UseSqlite($"Data Source={Path.Combine(_folder, "dsar.db")}", o => o.MigrationsAssembly("DsarPlatform.Migrations.Sqlite"))
            .AddInterceptors(interceptors)
            .Options, Keys);

    public async Task<Guid> AddRequestAsync()
    {
        await using var db = NewContext();
        var request = new DsarRequest
        {
            Reference = RequestReference.New(), Channel = "test", SubmittedEmail = "someone@example.com", SubmittedName = "Some One",
        };
        db.Requests.Add(request);
        await db.SaveChangesAsync();
        return request.Id;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
