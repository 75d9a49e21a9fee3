using Fascicolo.Domain.SyntheticCity.Randomness;

namespace Fascicolo.Domain.SyntheticCity.Data;

/// <summary>
/// Surnames of Genova's Italian residents with rough weights: Ligurian surnames first and heaviest,
/// then surnames common across Italy and those brought by the post-war migration from the south
/// and Sardinia. Written for this project (an impression of a phone book, not a statistic).
/// </summary>
internal static class Surnames
{
    /// <summary>Italian surnames by weight.</summary>
    public static readonly WeightedTable<string> Italian = WeightedText.Parse("""
        Parodi 60;Ferrari 45;Rossi 40;Costa 30;Bruzzone 30;Canepa 30;Repetto 28;Pastorino 25;Traverso 22;
        Ferrando 18;Oliveri 18;Poggi 18;Risso 18;Bozzo 18;Sanguineti 16;Gazzo 15;Piccardo 15;Carbone 15;
        Vassallo 15;Ghiglione 14;Rebora 14;Ravera 14;Musso 14;Solari 14;Garbarino 14;Queirolo 12;
        Pittaluga 12;Lagomarsino 12;Timossi 10;Figari 10;Campora 10;Massa 10;Montaldo 10;Boero 10;Caviglia 10;
        Zunino 10;Oddone 10;Arata 10;Firpo 10;Gandolfo 10;Ghio 10;Scotto 10;Calcagno 10;Bruno 10;Torre 8;
        Cuneo 8;Badino 8;Tassara 8;Picasso 8;Bisio 8;Castagnola 8;Cresta 8;Delucchi 8;Fossati 8;Mortola 8;
        Oneto 8;Ratto 8;Semino 8;Bacigalupo 8;Bottaro 8;Canale 8;De Ferrari 8;Devoto 8;Molinari 8;
        Ottonello 8;Raffo 8;Cevasco 8;Podestà 8;Dellepiane 8;Merlo 8;Marchese 8;Olivieri 8;Barbieri 8;
        Capurro 8;Gaggero 8;Gallo 8;Lombardo 8;Giordano 8;Marino 8;Ricci 8;Noli 6;Rivara 6;Danovaro 6;
        Balestrino 6;Dapelo 6;Macciò 6;Maggiolo 6;Storace 6;Viacava 6;Assereto 6;Benvenuto 6;Carrega 6;
        Chiappe 6;Pedemonte 6;Vignolo 6;Cavanna 6;Ferro 6;Bagnasco 6;Barabino 6;Boccardo 6;Castello 6;
        Dondero 6;Garibaldi 6;Mangini 6;Mazza 6;Schiaffino 6;Rocca 6;Pescetto 5;Rolandi 5;Tixi 5;Zerega 5;
        Cichero 5;Descalzi 5;Gattorno 5;Lertora 5;Marchelli 5;Mazzino 5;Moltedo 5;Perasso 5;Razeto 5;
        Rosasco 5;Sturla 5;Tagliafico 5;Vallarino 5;Ansaldo 5;Bertolotto 5;Caprile 5;Casazza 5;Cassinelli 5;
        Chiesa 5;Crovetto 5;Dagnino 5;De Martini 5;Denegri 5;Fasce 5;Giuffra 5;Lavagnino 5;Mantero 5;
        Marcenaro 5;Morando 5;Noceti 5;Olcese 5;Pellerano 5;Penco 5;Piaggio 5;Pizzorno 5;Pozzo 5;Prato 5;
        Raggio 5;Sacco 5;Sasso 5;Terrile 5;Trucco 5;Vaccaro 5;Baglietto 5;Burlando 5;Cerruti 5;Cogorno 5;
        Ferrero 5;Gambaro 5;Pastore 5;Profumo 5;Frixione 4;Sciaccaluga 4;Balbi 4;Bonanni 4;Brignole 4;
        Cambiaso 4;Canevari 4;Carlevaro 4;Ciurlo 4;Corsiglia 4;Depaoli 4;Fravega 4;Giacchero 4;Guano 4;
        Leverone 4;Nervi 4;Orsini 4;Persico 4;Roncallo 4;Rovegno 4;Sommariva 4;Tomati 4;Vinelli 4;Zoppi 4;
        Arvigo 4;Bo 4;Caffarena 4;Dodero 4;Ghiglino 4;Lanata 4;Lupi 4;Novella 4;Odone 4;Polleri 4;
        Pagliettini 3;Pinasco 3;Malfatti 3;Spinola 3;Zino 3;Centurione 2;Durazzo 2;
        Russo 14;Bianchi 12;Esposito 10;Romano 10;Colombo 10;Greco 10;Conti 8;De Luca 8;Rizzo 8;Caruso 8;
        Ferraro 8;Sanna 8;Mancini 6;Lombardi 6;Moretti 6;Fontana 6;Santoro 6;Ferrara 6;Leone 6;Longo 6;
        Gentile 6;Vitale 6;Coppola 6;D'Angelo 6;Parisi 6;Conte 6;Bianco 6;Grasso 6;Messina 6;Palumbo 6;
        Amato 6;Barone 6;Piras 6;D'Amico 6;Mariani 5;Rinaldi 5;Galli 5;Martini 5;Martinelli 5;Serra 5;
        De Santis 5;Marchetti 5;Villa 5;Ferri 5;Marini 5;Gatti 5;Pellegrini 5;Farina 5;Monti 5;Cattaneo 5;
        Morelli 5;Testa 5;Pellegrino 5;Caputo 5;Guerra 5;Palmieri 5;Bernardi 5;Martino 5;Fiore 5;De Rosa 5;
        Basile 5;Battaglia 5;Pagano 5;Ruggiero 5;Sorrentino 5;Orlando 5;Mura 5;Pinna 5;Carta 5;
        Calabrese 5;Pugliese 5;Romeo 5;Fabbri 4;Valentini 4;Sala 4;De Angelis 4;Rizzi 4;Silvestri 4;
        Grassi 4;Giuliani 4;Benedetti 4;Rossetti 4;Montanari 4;Ferretti 4;Bellini 4;Riva 4;Donati 4;
        Vitali 4;Sartori 4;Neri 4;Milani 4;Cirillo 4;Santangelo 4;La Rosa 4;Di Stefano 4;Di Martino 4;
        Melis 4;Cossu 4;Porcu 4;Siciliano 4;Morabito 4;Nicolosi 4;Puglisi 4;Catalano 4;Fazio 4;Arena 4;
        Cavallaro 4;D'Agostino 4;De Simone 4;Tedesco 4;Valenti 4;Costantini 3;Lo Presti 3;Cusumano 3;
        Lentini 3;Lo Bianco 3;Spinelli 3;Mele 3;Deiana 3;Marras 3;Barbero 3;Bonino 3;Gallino 3;Tripodi 3;
        Cannizzaro 3;Giunta 3;Lo Giudice 3;Mangano 3;Musumeci 3;Privitera 3;Zappalà 3;Bonanno 3;
        Gargiulo 3;Marra 3;Pace 3;Palma 3;Scopelliti 2;Iannone 3;Sirianni 2;Dell'Orto 2;Dall'Ara 2
        """);
}
