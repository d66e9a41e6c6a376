namespace Lims.Domain.Customers;

/// <summary>The kind of site, as the city plan counts compulsory verification.</summary>
public enum CustomerCategory
{
    Market,
    Medical,
    FuelStation,
    Taxi,
    Enterprise,
    Government,
    Other,
}
