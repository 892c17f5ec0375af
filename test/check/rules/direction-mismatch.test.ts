import check from "../../../src/check/rules/direction-mismatch";
import { testCheck } from "../helpers";

testCheck(check, {
  valid: [
    { source: "Angka kematian ibu menurun.", target: "Maternal mortality has declined." },
    { source: "Harga tiket kini lebih murah.", target: "Air fares are now cheaper." },
    { source: "Curah hujan lebih rendah dari rata-rata.", target: "Rainfall was below average." },
    { source: "Harga gabah naik karena produksi turun.", target: "Grain prices rose because the drought cut production.", name: "the source says both ways" },
    { source: "Penjualan mobil menurun, penjualan motor meningkat.", target: "Car sales fell while motorcycle sales rose.", name: "both ways on both sides" },
    { source: "Harga minyak naik 3 persen.", target: "Oil prices fell 3 percent.", name: "a verb before a number is number-mismatch's" },
    { source: "Jumlah penumpang lebih sedikit tahun ini.", target: "There were fewer than 500 passengers.", name: "a bound says no way" },
    { source: "Jumlah wisatawan lebih banyak tahun ini.", target: "There were more tourists this year.", name: "`more` is not read" },
    { source: "Warga turun ke jalan.", target: "Residents took to the streets.", name: "no way in the target" },
    { source: "Kadar gula turun, pankreas meningkatkannya lagi.", target: "When sugar is low, the pancreas raises it.", name: "-nya: both ways in the source" },
    { source: "Kualitas udara memburuk pekan ini.", target: "Air pollution increased this week.", name: "better and worse are not compared with up and down" },
    { source: "Kondisi pasien terus membaik.", target: "The patient's condition kept improving.", name: "better, said better" },
    { source: "Harga cabai lebih rendah dari pekan lalu.", target: "Chilli prices were down from last week.", name: "`down from` a time before: a fall" },
    { source: "Jumlah pendaki lebih banyak tahun ini.", target: "More climbers came down from the summit this year.", name: "`down from` a place is no fall" },
    { source: "Kasus demam berdarah tahun ini lebih rendah.", target: "There were less than 500 dengue cases this year.", name: "`less than` a number is a bound" },
  ],
  invalid: [
    // (where the audit's pre-test reads the token hashes: capitals, -nya, `lebih` then its adjective)
    { source: "EKSPOR MENURUN.", target: "EXPORTS ROSE.", errors: [{ messageId: "fall", data: { word: "MENURUN", rendered: "ROSE" } }] },
    { source: "Penurunannya terasa.", target: "The increase was felt.", errors: [{ messageId: "fall", data: { word: "Penurunannya", rendered: "increase" } }] },
    { source: "Biayanya LEBIH MAHAL.", target: "It is cheaper.", errors: [{ messageId: "rise", data: { word: "LEBIH MAHAL", rendered: "cheaper" } }] },
    { source: "Angka kematian ibu menurun dalam lima tahun.", target: "Maternal mortality has increased in five years.", errors: [{ messageId: "fall", data: { word: "menurun", rendered: "increased" }, source: { start: 19, end: 26 }, target: { start: 23, end: 32 } }] },
    { source: "Harga tiket kini lebih murah.", target: "Air fares are now more expensive.", errors: [{ messageId: "fall", data: { word: "lebih murah", rendered: "expensive" } }] },
    { source: "Jumlah wisatawan tahun ini lebih banyak.", target: "There are fewer tourists this year.", errors: [{ messageId: "rise", data: { word: "lebih banyak", rendered: "fewer" } }] },
    { source: "Curah hujan lebih rendah dari rata-rata.", target: "Rainfall was higher than average.", errors: [{ messageId: "fall", data: { word: "lebih rendah", rendered: "higher" } }] },
    { source: "Ekspor meningkat tajam.", target: "Exports decreased sharply.", errors: [{ messageId: "rise", data: { word: "meningkat", rendered: "decreased" } }] },
    { source: "Kenaikan harga beras dikeluhkan warga.", target: "Residents complained about the drop in rice prices.", errors: [{ messageId: "rise", data: { word: "Kenaikan", rendered: "drop" } }] },
    { source: "Kualitas udara Jakarta memburuk sepekan ini.", target: "Jakarta's air quality improved this week.", errors: [{ messageId: "worse", data: { word: "memburuk", rendered: "improved" } }] },
    { source: "Hubungan kedua negara membaik.", target: "Relations between the two countries deteriorated.", errors: [{ messageId: "better", data: { word: "membaik", rendered: "deteriorated" } }] },
    { source: "Layanan rumah sakit itu lebih buruk dari tahun lalu.", target: "The hospital's service is better than last year.", errors: [{ messageId: "worse", data: { word: "lebih buruk", rendered: "better" } }] },
    { source: "Kasus demam berdarah tercatat 2.017, lebih rendah dibandingkan 4.382 kasus tahun lalu.", target: "There were 2,017 dengue cases, more than the 4,382 cases last year.", errors: [{ messageId: "fall", data: { word: "lebih rendah", rendered: "more" } }] },
    { source: "Nilai rata-rata tahun ini 61,4, lebih rendah dari tahun lalu yang mencapai 63,2.", target: "The average score was 61.4, up from 63.2 last year.", errors: [{ messageId: "fall", data: { word: "lebih rendah", rendered: "up" } }] },
  ],
});
