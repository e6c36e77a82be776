using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DsarPlatform.Workflows.Data.AtRest;

/// <summary>
/// Marks the string properties that hold personal values; <see cref="ApplyAtRestSealing"/> then seals every one of them
/// with a value converter, so the code keeps reading and writing plain strings. A property searched by value also gets
/// a blind index column (<c>&lt;Name&gt;Index</c>), which <see cref="DsarDbContext"/> fills on save.
/// </summary>
public static class PersonalData
{
    const string SealedAnnotation = "Dsar:Sealed";
    const string BlindIndexAnnotation = "Dsar:BlindIndex";

    public static T IsPersonal<T>(this T property, bool blindIndex = false) where T : PropertyBuilder
    {
        property.HasAnnotation(SealedAnnotation, true);
        if (blindIndex) property.HasAnnotation(BlindIndexAnnotation, true);
        return property;
    }

    public static bool IsSealed(this IReadOnlyProperty property) => property.FindAnnotation(SealedAnnotation)?.Value is true;

    public static bool HasBlindIndex(this IReadOnlyProperty property) => property.FindAnnotation(BlindIndexAnnotation)?.Value is true;

    /// <summary>The shadow column holding the blind index of <paramref name="propertyName"/>.</summary>
    public static string IndexOf(string propertyName) => propertyName + "Index";

    /// <summary>
    /// Seals the marked properties. Without keys (design time, tools that only read the schema) the converter refuses
    /// to seal and to open a sealed value rather than write anything in clear.
    /// </summary>
    public static void ApplyAtRestSealing(this ModelBuilder builder, AtRestKeys? keys)
    {
        var converter = AtRestConverter.For(keys);
        foreach (var entity in builder.Model.GetEntityTypes().ToList())
        {
            foreach (var property in entity.GetDeclaredProperties().Where(p => p.IsSealed()).ToList())
            {
                property.SetValueConverter(converter);
                property.SetMaxLength(null); // sealing lengthens a value; the domain bounds what is typed
                if (!property.HasBlindIndex()) continue;
                var index = builder.Entity(entity.ClrType).Property<string?>(IndexOf(property.Name)).HasMaxLength(64);
                builder.Entity(entity.ClrType).HasIndex(IndexOf(property.Name));
                index.Metadata.IsNullable = true;
            }
        }
    }
}
