using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace DsarPlatform.Web.Hosting;

/// <summary>
/// <c>DataProtection:CertificatePath</c> (a .pfx) and <c>DataProtection:CertificatePassword</c>: when set, the key ring
/// (which protects staff cookies, bearer tokens, antiforgery and download grants) is stored encrypted with that certificate.
/// Without them the keys are plain XML in <c>DataProtection:KeysFolder</c>, to be protected by the folder's permissions.
/// </summary>
public static class DataProtectionKeysAtRest
{
    public static IDataProtectionBuilder ProtectKeysAtRest(this IDataProtectionBuilder dataProtection, IConfiguration configuration)
    {
        if (configuration["DataProtection:CertificatePath"] is not { Length: > 0 } path) return dataProtection;
        if (!File.Exists(path)) throw new InvalidOperationException($"DataProtection:CertificatePath names {path}, which does not exist.");
        var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, configuration["DataProtection:CertificatePassword"],
            X509KeyStorageFlags.EphemeralKeySet);
        // Keys are read back with the same certificate, without installing it in a machine store.
        return dataProtection.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
    }
}
