namespace DsarPlatform.Tests.Support;

/// <summary>Deletes a test's temp folder once its hosts have stopped.</summary>
public static class TestFolder
{
    /// <summary>
    /// A file written as a host stopped (a mail pickup, a store's journal, a checkpoint) can land while the folder is
    /// being deleted, so a "directory not empty" is tried again a few times before it fails the test.
    /// </summary>
    public static void Delete(string folder)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        for (var attempt = 1; Directory.Exists(folder); attempt++)
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException) when (attempt < 10)
            {
                Thread.Sleep(100 * attempt);
            }
        }
    }
}
