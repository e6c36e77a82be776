namespace DsarPlatform.Web.Hosting;

public static class WebAddressExtensions
{
    /// <summary>
    /// Listens on <paramref name="address"/> only when no address was configured the usual ways
    /// (ASPNETCORE_URLS, --urls, Kestrel endpoints), so those still win.
    /// </summary>
    public static WebApplicationBuilder UseDefaultAddress(this WebApplicationBuilder builder, string address)
    {
        var configured = builder.Configuration["urls"] ?? builder.Configuration["http_ports"] ?? builder.Configuration["https_ports"];
        if (string.IsNullOrEmpty(configured) && !builder.Configuration.GetSection("Kestrel:Endpoints").Exists())
        {
            builder.WebHost.UseUrls(address);
        }
        return builder;
    }
}
