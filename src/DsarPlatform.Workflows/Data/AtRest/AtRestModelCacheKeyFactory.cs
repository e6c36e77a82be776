using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace DsarPlatform.Workflows.Data.AtRest;

/// <summary>The model's converters hold the at-rest keys, so a model is cached per key set, not per context type only.</summary>
sealed class AtRestModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) =>
        (context.GetType(), designTime, (context as DsarDbContext)?.AtRestKeys?.Fingerprint);
}
