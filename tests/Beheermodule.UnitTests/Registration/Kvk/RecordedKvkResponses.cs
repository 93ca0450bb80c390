namespace Beheermodule.UnitTests.Registration.Kvk;

/// <summary>Answers of the KvK API Basisprofiel v1, shaped after its test environment (fictitious companies).</summary>
internal static class RecordedKvkResponses
{
    public const string DonaldBasisprofiel = """
        {
          "kvkNummer": "68750110",
          "indNonMailing": "Ja",
          "naam": "Test BV Donald",
          "formeleRegistratiedatum": "20170623",
          "materieleRegistratie": {
            "datumAanvang": "20150622"
          },
          "totaalWerkzamePersonen": 1,
          "handelsnamen": [
            { "naam": "Test BV Donald", "volgorde": 0 },
            { "naam": "Test BV Donald Nevenvestiging", "volgorde": 1 }
          ],
          "sbiActiviteiten": [
            { "sbiCode": "01131", "sbiOmschrijving": "Teelt van groenten in de volle grond", "indHoofdactiviteit": "Ja" }
          ],
          "links": [
            { "rel": "self", "href": "https://api.kvk.nl/test/api/v1/basisprofielen/68750110" },
            { "rel": "vestigingen", "href": "https://api.kvk.nl/test/api/v1/basisprofielen/68750110/vestigingen" }
          ],
          "_embedded": {
            "hoofdvestiging": {
              "vestigingsnummer": "000037178598",
              "kvkNummer": "68750110",
              "formeleRegistratiedatum": "20170623",
              "materieleRegistratie": { "datumAanvang": "20150622" },
              "eersteHandelsnaam": "Test BV Donald",
              "indHoofdvestiging": "Ja",
              "indCommercieleVestiging": "Ja",
              "voltijdWerkzamePersonen": 1,
              "totaalWerkzamePersonen": 1,
              "deeltijdWerkzamePersonen": 0,
              "adressen": [
                {
                  "type": "correspondentieadres",
                  "indAfgeschermd": "Nee",
                  "volledigAdres": "Postbus 200 1000AE Rommeldam",
                  "postbusnummer": 200,
                  "postcode": "1000AE",
                  "plaats": "Rommeldam",
                  "land": "Nederland"
                },
                {
                  "type": "bezoekadres",
                  "indAfgeschermd": "Nee",
                  "volledigAdres": "Hizzaarderlaan 3 A 8823SJ Lollum",
                  "straatnaam": "Hizzaarderlaan",
                  "huisnummer": 3,
                  "huisletter": "A",
                  "postcode": "8823SJ",
                  "plaats": "Lollum",
                  "land": "Nederland"
                }
              ],
              "websites": [ "www.testbvdonald.nl" ],
              "links": [
                { "rel": "vestigingsprofiel", "href": "https://api.kvk.nl/test/api/v1/vestigingsprofielen/000037178598" }
              ]
            },
            "eigenaar": {
              "rsin": "857587973",
              "rechtsvorm": "BesloteVennootschap",
              "uitgebreideRechtsvorm": "BesloteVennootschap",
              "adressen": [
                {
                  "type": "bezoekadres",
                  "indAfgeschermd": "Nee",
                  "volledigAdres": "Hizzaarderlaan 3 A 8823SJ Lollum",
                  "straatnaam": "Hizzaarderlaan",
                  "huisnummer": 3,
                  "huisletter": "A",
                  "postcode": "8823SJ",
                  "plaats": "Lollum",
                  "land": "Nederland"
                }
              ],
              "websites": [ "www.testbvdonald.nl" ],
              "links": [
                { "rel": "basisprofiel", "href": "https://api.kvk.nl/test/api/v1/basisprofielen/68750110" }
              ]
            }
          }
        }
        """;

    public const string DonaldVestigingen = """
        {
          "kvkNummer": "68750110",
          "aantalCommercieleVestigingen": 2,
          "aantalNietCommercieleVestigingen": 0,
          "totaalAantalVestigingen": 2,
          "vestigingen": [
            {
              "vestigingsnummer": "000037178598",
              "eersteHandelsnaam": "Test BV Donald",
              "indHoofdvestiging": "Ja",
              "indAdresAfgeschermd": "Nee",
              "indCommercieleVestiging": "Ja",
              "volledigAdres": "Hizzaarderlaan 3 A 8823SJ Lollum",
              "links": [
                { "rel": "vestigingsprofiel", "href": "https://api.kvk.nl/test/api/v1/vestigingsprofielen/000037178598" }
              ]
            },
            {
              "vestigingsnummer": "000037178601",
              "eersteHandelsnaam": "Test BV Donald Nevenvestiging",
              "indHoofdvestiging": "Nee",
              "indAdresAfgeschermd": "Nee",
              "indCommercieleVestiging": "Ja",
              "volledigAdres": "Oude Boteringestraat 44 9712GL Groningen",
              "links": [
                { "rel": "vestigingsprofiel", "href": "https://api.kvk.nl/test/api/v1/vestigingsprofielen/000037178601" }
              ]
            }
          ],
          "links": [
            { "rel": "self", "href": "https://api.kvk.nl/test/api/v1/basisprofielen/68750110/vestigingen" },
            { "rel": "basisprofiel", "href": "https://api.kvk.nl/test/api/v1/basisprofielen/68750110" }
          ]
        }
        """;

    public const string InactiveBasisprofiel = """
        {
          "kvkNummer": "96354429",
          "indNonMailing": "Nee",
          "naam": "Test BV Opgeheven",
          "formeleRegistratiedatum": "20190311",
          "materieleRegistratie": {
            "datumAanvang": "20190301",
            "datumEinde": "20231231"
          },
          "totaalWerkzamePersonen": 0,
          "handelsnamen": [
            { "naam": "Test BV Opgeheven", "volgorde": 0 }
          ],
          "_embedded": {
            "hoofdvestiging": {
              "vestigingsnummer": "000038509563",
              "kvkNummer": "96354429",
              "eersteHandelsnaam": "Test BV Opgeheven",
              "indHoofdvestiging": "Ja",
              "adressen": [
                {
                  "type": "bezoekadres",
                  "indAfgeschermd": "Nee",
                  "volledigAdres": "Melkmarkt 15 8011MC Zwolle",
                  "straatnaam": "Melkmarkt",
                  "huisnummer": 15,
                  "postcode": "8011MC",
                  "plaats": "Zwolle",
                  "land": "Nederland"
                }
              ]
            },
            "eigenaar": {
              "rsin": "824512005",
              "rechtsvorm": "BesloteVennootschap"
            }
          }
        }
        """;

    public const string NotFound = """
        {
          "fout": [
            { "code": "IPD0005", "omschrijving": "Het product is niet leverbaar voor dit kvkNummer" }
          ]
        }
        """;

    public const string ServerError = """
        {
          "fout": [
            { "code": "IPD9999", "omschrijving": "Er is een onverwachte fout opgetreden" }
          ]
        }
        """;

    /// <summary>A connection that broke off mid-answer.</summary>
    public const string Truncated = """
        {
          "kvkNummer": "68750110",
          "naam": "Test BV Donald",
          "_embedded": {
            "hoofdvestiging": {
              "vestigingsnummer": "0000371
        """;

    /// <summary>What a proxy in between sends with status 200 when it serves its own page.</summary>
    public const string ProxyPage = """
        <!DOCTYPE html>
        <html><head><title>Onderhoud</title></head><body><h1>Wegens onderhoud niet bereikbaar</h1></body></html>
        """;
}
