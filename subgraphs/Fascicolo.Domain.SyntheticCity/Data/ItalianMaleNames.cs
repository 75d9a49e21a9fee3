using Fascicolo.Domain.SyntheticCity.Randomness;

namespace Fascicolo.Domain.SyntheticCity.Data;

/// <summary>
/// Italian male given names by birth cohort, with rough weights (written for this project: the
/// names a Genoese registry office sees, with Gerolamo and Giobatta among the elderly).
/// </summary>
internal static class ItalianMaleNames
{
    /// <summary>Born before 1960.</summary>
    public static readonly WeightedTable<string> BornBefore1960 = WeightedText.Parse("""
        Giuseppe 30;Giovanni 28;Antonio 25;Mario 25;Luigi 20;Francesco 18;Angelo 15;Carlo 15;Franco 15;
        Bruno 14;Giorgio 14;Sergio 14;Paolo 12;Vincenzo 12;Pietro 12;Salvatore 12;Luciano 12;Renato 12;
        Domenico 10;Enrico 10;Roberto 10;Giancarlo 10;Aldo 10;Piero 9;Gianni 9;Alberto 9;Gianfranco 9;
        Giovanni Battista 8;Ugo 7;Dino 6;Walter 7;Gino 6;Emilio 6;Ernesto 5;Ettore 5;Guido 6;Nino 4;
        Pasquale 6;Raffaele 6;Rocco 4;Romano 5;Silvio 6;Umberto 6;Vittorio 7;Attilio 5;Benedetto 4;Cesare 5;
        Dario 4;Edoardo 5;Elio 5;Eugenio 5;Fausto 4;Felice 4;Ferdinando 4;Filippo 5;Fulvio 5;Gaetano 5;
        Gerolamo 5;Gianluigi 5;Giacomo 6;Giobatta 4;Ignazio 3;Italo 4;Lazzaro 3;Lorenzo 5;Marcello 6;
        Mauro 6;Nicola 6;Orazio 3;Osvaldo 3;Piergiorgio 4;Remo 3;Rinaldo 3;Rodolfo 3;Secondo 3;Settimo 2;
        Silvano 5;Tommaso 4;Tullio 3;Valerio 3;Virgilio 2;Agostino 4;Alfredo 5;Amedeo 4;Armando 5;
        Arturo 4;Augusto 4;Bartolomeo 3;Battista 3;Camillo 3;Corrado 4;Costantino 3;Egidio 3;Emanuele 3;
        Gualtiero 2;Lino 4;Luigino 2;Natale 3;Nello 3;Oreste 3;Ottavio 3;Primo 3;Riccardo 4;Sandro 4;
        Stefano 5;Teodoro 2;Oscar 3;Gian Carlo 2;Pier Luigi 2;Adolfo 2;Achille 2;Alessandro 3;Andrea 4
        """);

    /// <summary>Born from 1960 to 1989.</summary>
    public static readonly WeightedTable<string> Born1960To1989 = WeightedText.Parse("""
        Marco 30;Andrea 28;Alessandro 25;Luca 25;Stefano 22;Paolo 20;Massimo 20;Roberto 18;Fabio 16;
        Davide 15;Simone 15;Matteo 14;Daniele 14;Francesco 14;Giuseppe 12;Antonio 12;Maurizio 12;Claudio 12;
        Fabrizio 12;Alberto 10;Riccardo 10;Emanuele 10;Federico 10;Gianluca 10;Giorgio 9;Marcello 6;Mauro 8;
        Michele 8;Nicola 8;Pietro 7;Sergio 6;Enrico 8;Cristiano 6;Diego 6;Edoardo 5;Emiliano 5;Gabriele 6;
        Giacomo 7;Ivano 4;Lorenzo 6;Luigi 7;Mirko 5;Nicolò 4;Raffaele 5;Samuele 3;Valerio 5;Vittorio 4;
        Walter 5;Alessio 6;Christian 5;Cristian 5;Dario 6;Denis 3;Emilio 4;Fausto 3;Filippo 6;Franco 4;
        Gianni 4;Giovanni 8;Guido 4;Ivan 4;Leonardo 3;Manuel 4;Mattia 3;Omar 2;Pierpaolo 4;Piergiorgio 3;
        Sandro 5;Tiziano 3;Tommaso 4;Umberto 3;Carlo 6;Angelo 5;Vincenzo 6;Salvatore 6;Domenico 4;
        Gianmarco 3;Jacopo 3;Corrado 3;Igor 2;Loris 2;Mirco 2;Moreno 2;Paride 1;Rudi 1;Silvio 2;Stefano Maria 1;
        Gian Luca 2;Gian Paolo 2;Luca Maria 1;Giampiero 3;Gianpaolo 2;Pierluigi 3;Ruggero 2;Renzo 2
        """);

    /// <summary>Born in 1990 or later.</summary>
    public static readonly WeightedTable<string> BornFrom1990 = WeightedText.Parse("""
        Leonardo 25;Francesco 25;Alessandro 22;Lorenzo 22;Mattia 20;Andrea 18;Gabriele 18;Riccardo 16;
        Tommaso 16;Edoardo 15;Matteo 15;Giuseppe 10;Nicolò 12;Niccolò 6;Pietro 12;Federico 12;Giovanni 10;
        Diego 8;Samuele 10;Filippo 12;Davide 12;Christian 8;Marco 10;Luca 10;Simone 10;Emanuele 8;
        Giacomo 12;Michele 8;Daniele 8;Alessio 10;Gabriel 5;Elia 6;Jacopo 6;Thomas 6;Manuel 6;Cristian 5;
        Antonio 6;Stefano 5;Vincenzo 4;Enea 4;Achille 4;Ettore 4;Leone 3;Giulio 6;Sebastiano 4;Alberto 5;
        Giorgio 6;Raffaele 4;Luigi 4;Salvatore 3;Domenico 3;Kevin 3;Denis 2;Gioele 4;Dario 4;Valerio 3;
        Nathan 2;Brando 2;Ludovico 3;Carlo 4;Angelo 3;Paolo 4;Aaron 2;Ivan 2;Michael 3;Iacopo 2;Vittorio 4;
        Noah 2;Liam 1;Ian 1;Mirko 1;Cesare 2;Ludovico Maria 1;Emanuel 2;Giovanni Maria 1;Mario 3;Fabio 3;
        Francesco Maria 1;Pier Francesco 1;Elio 1;Dylan 1;Enrico 3;Bryan 1;Luka 1;Erik 2;Mathias 1;Pablo 1
        """);
}
