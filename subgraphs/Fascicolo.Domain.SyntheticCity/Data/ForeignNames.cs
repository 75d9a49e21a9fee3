using Fascicolo.Domain.SyntheticCity.Randomness;

namespace Fascicolo.Domain.SyntheticCity.Data;

/// <summary>Names of the traditions other than Italian, written for this project (common names, rough weights).</summary>
internal static class ForeignNames
{
    private static readonly ForeignNameList Hispanic = new(
        WeightedText.Parse("Luis 10;Carlos 10;José 10;Jorge 8;Juan 8;Diego 6;Kevin 5;Cristian 5;Edison 4;Wilson 4;Fernando 6;Miguel 6;Bryan 4;Jefferson 3;Segundo 3;Ángel 4;Víctor 5;Pablo 4;Washington 2;Jhon 3"),
        WeightedText.Parse("María 12;Ana 8;Gabriela 7;Jessica 6;Carmen 6;Rosa 6;Mayra 4;Paola 5;Verónica 5;Patricia 5;Diana 5;Andrea 6;Lucía 4;Nancy 4;Gloria 4;Johanna 3;Mercedes 3;Elizabeth 5;Fernanda 4;Daniela 5"),
        WeightedText.Parse("García 8;Rodríguez 8;López 7;Pérez 7;Sánchez 6;Romero 5;Torres 6;Vera 5;Zambrano 6;Mendoza 6;Cedeño 5;Morales 5;Guamán 4;Quispe 4;Chávez 5;Castillo 5;Mora 4;Reyes 5;Vargas 5;Ortiz 4;Macías 4;Alvarado 4;Suárez 4;Herrera 4;Villacís 3;Paredes 3;Ramírez 5;Flores 5;Salazar 4;Intriago 3"),
        DoubleSurname: true);

    private static readonly ForeignNameList Albanian = new(
        WeightedText.Parse("Arben 6;Ardit 5;Besnik 4;Gentian 5;Ilir 5;Klodian 4;Erion 5;Altin 4;Dritan 4;Fatmir 3;Elton 4;Julian 3;Mario 2;Andi 3"),
        WeightedText.Parse("Arjola 5;Elona 4;Jonida 4;Mirela 4;Entela 4;Valbona 3;Anila 4;Blerina 4;Ornela 4;Klaudia 3;Eriona 3;Xhulia 3"),
        WeightedText.Parse("Hoxha 8;Shehu 6;Dervishi 5;Gjoka 4;Leka 5;Kola 5;Marku 5;Prifti 4;Cela 5;Hysa 4;Basha 4;Duka 4;Meta 5;Lika 3;Gjoni 4"),
        DoubleSurname: false);

    private static readonly ForeignNameList Romanian = new(
        WeightedText.Parse("Ion 6;Andrei 6;Mihai 6;Vasile 5;Florin 5;Alexandru 6;Gheorghe 4;Constantin 4;Adrian 5;Marius 4;Ionuț 3;Sergiu 3;Dumitru 3"),
        WeightedText.Parse("Elena 7;Ioana 6;Maria 7;Mihaela 6;Andreea 6;Cristina 5;Daniela 4;Gabriela 4;Alina 5;Irina 4;Nicoleta 4;Tatiana 3;Natalia 3"),
        WeightedText.Parse("Popescu 8;Ionescu 6;Popa 7;Rusu 6;Munteanu 5;Stan 5;Dumitru 5;Lungu 4;Ciobanu 5;Moldovan 4;Constantin 4;Rotaru 4;Ceban 3;Gheorghiu 3;Marin 4"),
        DoubleSurname: false);

    private static readonly ForeignNameList Slavic = new(
        WeightedText.Parse("Oleksandr 6;Andrii 5;Serhii 5;Dmytro 5;Ivan 5;Mykola 4;Volodymyr 4;Yurii 3;Vasyl 3;Maksym 4;Aleksei 3"),
        WeightedText.Parse("Olena 7;Natalia 6;Oksana 6;Iryna 6;Svitlana 5;Tetiana 5;Halyna 4;Liudmyla 4;Valentyna 4;Nadiia 3;Yuliia 4;Anastasiia 3"),
        WeightedText.Parse("Shevchenko 6;Kovalenko 5;Bondarenko 5;Tkachenko 4;Melnyk 5;Kravchenko 4;Boiko 4;Kovalchuk 4;Oliinyk 3;Lysenko 3;Ivanova 3;Petrenko 3;Savchuk 3"),
        DoubleSurname: false);

    private static readonly ForeignNameList Arabic = new(
        WeightedText.Parse("Mohamed 12;Ahmed 8;Youssef 6;Karim 5;Hassan 5;Said 5;Rachid 5;Omar 5;Mustapha 4;Abdelkader 3;Hamza 4;Adam 4;Ayoub 4;Mehdi 3;Ali 4;Walid 3"),
        WeightedText.Parse("Fatima 10;Khadija 7;Amina 6;Naima 5;Samira 5;Nadia 5;Salma 5;Malika 4;Zineb 4;Hanane 4;Sara 4;Yasmine 4;Imane 4;Meriem 3;Latifa 3"),
        WeightedText.Parse("El Amrani 5;Benali 5;Bouzid 4;El Idrissi 5;Chaoui 4;Haddad 4;Mansour 4;Saidi 4;Ben Salah 4;Alaoui 4;El Fassi 3;Tahiri 3;Zeroual 3;Ouali 3;Abdel Aziz 3;Hassan 3"),
        DoubleSurname: false);

    private static readonly ForeignNameList Chinese = new(
        WeightedText.Parse("Wei 6;Jian 5;Hao 5;Lei 5;Jun 5;Ming 4;Jie 4;Yong 4;Bin 3;Qiang 3"),
        WeightedText.Parse("Mei 6;Li 5;Xiu 4;Yan 5;Ying 5;Jing 4;Hui 4;Lan 3;Fang 4;Xiaoling 3"),
        WeightedText.Parse("Hu 8;Chen 8;Zhou 7;Wang 8;Lin 7;Zhang 7;Ye 6;Xu 5;Jin 5;Wu 5;Pan 4"),
        DoubleSurname: false);

    private static readonly ForeignNameList SouthAsian = new(
        WeightedText.Parse("Mohammad 8;Rahim 4;Kamal 4;Nuwan 4;Ruwan 4;Imran 5;Sajid 3;Rakib 3;Chaminda 3;Arif 4;Harpreet 2;Faisal 3"),
        WeightedText.Parse("Nasrin 5;Fatema 5;Dilani 4;Ruksana 4;Shirin 4;Nadeesha 4;Shamima 3;Priyanka 3;Sunita 3;Ayesha 4"),
        WeightedText.Parse("Rahman 6;Hossain 6;Ahmed 5;Islam 5;Perera 6;Fernando 5;Silva 5;Khan 6;Uddin 4;Singh 3;Jayasinghe 3"),
        DoubleSurname: false);

    private static readonly ForeignNameList WestAfrican = new(
        WeightedText.Parse("Mamadou 6;Abdoulaye 5;Moussa 5;Cheikh 5;Ibrahima 5;Chinedu 3;Emeka 3;Ousmane 4;Modou 4;Samuel 3;Daniel 3"),
        WeightedText.Parse("Fatou 6;Aminata 5;Awa 5;Mariama 4;Ngozi 3;Blessing 4;Adama 3;Khady 4;Grace 3;Precious 3"),
        WeightedText.Parse("Diop 6;Ndiaye 6;Fall 5;Sow 5;Diallo 5;Okafor 3;Okonkwo 3;Eze 3;Gueye 4;Sarr 4;Ba 3;Mbaye 3"),
        DoubleSurname: false);

    private static readonly ForeignNameList Filipino = new(
        WeightedText.Parse("Jose 5;Mark 4;John 4;Rodel 3;Jun 3;Ramon 3;Romeo 3;Jayson 3;Joel 3;Noel 3"),
        WeightedText.Parse("Maricel 4;Rowena 4;Analyn 3;Jocelyn 4;Marites 3;Maria 5;Lorna 3;Rosalie 3;Cristina 3;Mary Grace 3"),
        WeightedText.Parse("Santos 6;Reyes 6;Cruz 5;Bautista 5;Garcia 5;Mendoza 5;Ramos 4;Villanueva 4;Dela Cruz 4;Aquino 3;Castro 3"),
        DoubleSurname: false);

    /// <summary>The lists of a tradition other than <see cref="NameGroup.Italian"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">For <see cref="NameGroup.Italian"/>, which has its own lists.</exception>
    public static ForeignNameList For(NameGroup group) => group switch
    {
        NameGroup.Hispanic => Hispanic,
        NameGroup.Albanian => Albanian,
        NameGroup.Romanian => Romanian,
        NameGroup.Slavic => Slavic,
        NameGroup.Arabic => Arabic,
        NameGroup.Chinese => Chinese,
        NameGroup.SouthAsian => SouthAsian,
        NameGroup.WestAfrican => WestAfrican,
        NameGroup.Filipino => Filipino,
        NameGroup.Italian => throw new ArgumentOutOfRangeException(nameof(group), group, "Italian names have their own lists."),
        _ => throw new ArgumentOutOfRangeException(nameof(group), group, null),
    };
}
