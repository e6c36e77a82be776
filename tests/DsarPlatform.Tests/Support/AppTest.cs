namespace DsarPlatform.Tests.Support;

/// <summary>A fixture whose every test gets a fresh product on its own data folder and fake clock.</summary>
public abstract class AppTest
{
    protected DsarApp App { get; private set; } = null!;
    protected DsarApi Api { get; private set; } = null!;

    [SetUp]
    public void StartApp()
    {
        App = new DsarApp();
        Api = new DsarApi(App.CreateClient());
    }

    [TearDown]
    public async Task StopApp()
    {
        await App.DisposeAsync();
        App.DeleteDataFolder();
    }
}
