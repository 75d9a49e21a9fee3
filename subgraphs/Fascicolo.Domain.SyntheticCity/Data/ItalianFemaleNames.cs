using Fascicolo.Domain.SyntheticCity.Randomness;

namespace Fascicolo.Domain.SyntheticCity.Data;

/// <summary>
/// Italian female given names by birth cohort, with rough weights (written for this project:
/// Giacomina and Battistina among the elderly, Sofia and Aurora among the young).
/// </summary>
internal static class ItalianFemaleNames
{
    /// <summary>Born before 1960.</summary>
    public static readonly WeightedTable<string> BornBefore1960 = WeightedText.Parse("""
        Maria 35;Anna 25;Giuseppina 18;Rosa 15;Angela 14;Giovanna 14;Teresa 12;Lucia 12;Carmela 8;
        Caterina 10;Franca 12;Bruna 10;Rita 10;Luciana 12;Graziella 10;Carla 12;Maria Grazia 10;
        Maria Luisa 8;Marisa 8;Gabriella 10;Adriana 9;Elena 8;Luisa 8;Paola 8;Silvana 9;Anna Maria 10;
        Rosanna 8;Giuliana 8;Mirella 7;Liliana 7;Loredana 6;Nadia 5;Piera 6;Renata 6;Laura 6;Marina 7;
        Elsa 4;Ida 4;Iolanda 4;Lina 4;Nella 3;Norma 3;Olga 3;Pierina 4;Rina 3;Dina 3;Wanda 3;Vilma 3;
        Ada 3;Alba 3;Agnese 4;Antonietta 6;Assunta 5;Bianca 4;Carmen 3;Clara 4;Concetta 5;Domenica 4;
        Edda 2;Elda 3;Elisa 4;Emma 4;Enrica 4;Ester 3;Fernanda 3;Flora 3;Gemma 3;Gina 3;Gianna 4;
        Grazia 4;Ines 3;Irma 3;Lidia 4;Maddalena 4;Margherita 5;Marcella 4;Mariuccia 2;Nives 2;
        Nicoletta 3;Ornella 4;Palmira 2;Pia 2;Rosalba 3;Rosetta 3;Serafina 3;Sandra 5;Tina 3;Vittoria 4;
        Giacomina 3;Emilia 4;Enrichetta 2;Battistina 2;Angiolina 2;Natalina 2;Amelia 3;Velia 2;Cesarina 2;
        Ermelinda 1;Gisella 3;Maria Rosa 3;Maria Teresa 4;Rosa Maria 2;Mafalda 2;Ivana 3;Fiorella 3
        """);

    /// <summary>Born from 1960 to 1989.</summary>
    public static readonly WeightedTable<string> Born1960To1989 = WeightedText.Parse("""
        Francesca 25;Laura 22;Paola 20;Elena 18;Silvia 18;Barbara 16;Monica 16;Simona 16;Sara 14;
        Alessandra 14;Chiara 14;Cristina 14;Federica 12;Roberta 12;Valentina 12;Michela 10;Daniela 12;
        Manuela 10;Stefania 12;Elisabetta 10;Claudia 10;Antonella 10;Patrizia 10;Raffaella 8;Sabrina 8;
        Tiziana 8;Lorena 6;Marina 6;Cinzia 8;Katia 6;Emanuela 8;Giulia 8;Ilaria 8;Marta 8;Serena 8;
        Arianna 5;Eleonora 6;Erika 5;Fabiana 4;Giovanna 6;Irene 6;Lucia 6;Luisa 5;Maria 8;Marzia 4;
        Nadia 4;Rossella 6;Sonia 6;Susanna 5;Valeria 8;Veronica 8;Alice 4;Annalisa 5;Benedetta 3;
        Caterina 4;Cecilia 4;Donatella 5;Elisa 8;Enrica 3;Gloria 4;Isabella 4;Lara 4;Letizia 3;Marcella 3;
        Margherita 3;Maura 4;Mirella 2;Nicoletta 5;Ornella 3;Rita 3;Sandra 4;Simonetta 4;Anna 8;Angela 5;
        Debora 4;Jessica 3;Samantha 3;Vanessa 4;Romina 3;Morena 2;Mara 4;Loredana 4;Luana 2;Milena 3;
        Ivana 2;Mariangela 3;Maria Cristina 3;Anna Maria 3;Maria Chiara 2;Gabriella 3;Beatrice 2;Annarita 2
        """);

    /// <summary>Born in 1990 or later.</summary>
    public static readonly WeightedTable<string> BornFrom1990 = WeightedText.Parse("""
        Sofia 25;Giulia 25;Aurora 20;Alice 18;Ginevra 15;Emma 15;Giorgia 15;Greta 12;Beatrice 12;Anna 12;
        Chiara 12;Martina 15;Sara 14;Vittoria 10;Matilde 10;Noemi 10;Bianca 8;Nicole 8;Gaia 8;Camilla 8;
        Arianna 8;Elisa 8;Rebecca 8;Ludovica 6;Elena 8;Marta 8;Francesca 10;Alessia 10;Valentina 8;
        Federica 8;Asia 6;Irene 8;Viola 6;Carlotta 6;Benedetta 6;Caterina 6;Cecilia 6;Adele 4;Agnese 4;
        Azzurra 3;Chloe 2;Diana 3;Eleonora 6;Elisabetta 4;Emily 3;Gioia 2;Ilaria 5;Lavinia 2;Letizia 3;
        Lucia 4;Maria 5;Margherita 5;Melissa 4;Michela 3;Miriam 3;Nina 3;Rachele 3;Serena 4;Silvia 4;
        Sveva 2;Veronica 4;Virginia 3;Zoe 3;Mia 2;Ambra 3;Anita 3;Clara 3;Denise 2;Erica 3;Gloria 3;
        Jennifer 2;Jessica 3;Laura 4;Lisa 2;Luna 3;Marianna 2;Mariachiara 1;Melania 1;Ottavia 2;
        Priscilla 1;Roberta 2;Stella 3;Tea 2;Vanessa 2;Arya 1;Penelope 2;Isabel 2;Angelica 2;Desirée 1
        """);
}
