import check from "../../../src/check/rules/name-mismatch";
import { testCheck } from "../helpers";

testCheck(check, {
  valid: [
    { source: "Menteri Keuangan Sri Mulyani Indrawati menghadiri rapat di Surabaya.", target: "Finance Minister Sri Mulyani Indrawati attended the meeting in Surabaya.", name: "names kept" },
    { source: "Warga Desa Cikadu mengungsi ke Sungai Cimanuk.", target: "Cikadu villagers fled to the Cimanuk River.", name: "words of the word list rendered (`Sungai` → `River`)" },
    { source: "Delegasi Palestina dan Argentina tiba di Jakarta.", target: "Palestinian and Argentine delegations arrived in Jakarta.", name: "a name's English form" },
    { source: "Pejabat Departemen Luar Negeri itu tiba.", target: "The Foreign Department official arrived.", name: "an English spelling (`Departemen` → `Department`)" },
    { source: "Ia tiba di Teheran pada Senin.", target: "He arrived in Tehran on Monday.", name: "vowels dropped in English spelling" },
    { source: "Harian Al-Thawra menulis tajuk itu.", target: "The daily Ath-Thawra wrote the editorial.", name: "a hyphenated name keeps its part" },
    { source: "Kapolda Metro Jaya Irjen Karyoto memimpin penggerebekan.", target: "Jakarta police chief Inspector General Karyoto led the raid.", name: "an office translated before a kept name" },
    { source: "Bupati Sleman Kustini Sri Purnomo dan Kapolres AKBP Yuswanto Ardi meninjau lokasi.", target: "Sleman Regent Kustini Sri Purnomo inspected the site.", name: "a name left out is not read (a known miss)" },
    { source: "Gubernur Bali Wayan Koster Tolak Tim Israel", target: "Bali Governor Wayan Kostar Rejects Israeli Team", name: "a title-case headline is not read" },
    { source: "Presiden Prabowo Subianto tiba di Tokyo.", target: "President Prabowo arrived in Tokyo.", name: "a surname dropped after a kept name is no other name" },
    { source: "Sebanyak 50 warga Jalan Diponegoro mengungsi.", target: "Fifty residents of Jalan Gajah Mada fled.", name: "not read after an Indonesian word (`Jalan`): a known miss" },
  ],
  invalid: [
    {
      source: "Prabowo Subianto bertemu Fumio Kishida di Tokyo.", target: "Prabowo Subiyanto met Fumio Kishida in Tokyo.", name: "a surname misspelt after a kept given name",
      errors: [{ messageId: "changed", data: { name: "Subianto", rendered: "Subiyanto" }, source: { start: 8, end: 16 }, target: { start: 8, end: 17 } }],
    },
    {
      source: "Kapolri Jenderal Listyo Sigit Prabowo memerintahkan penyelidikan.", target: "Police chief General Listyo Sigit Purnomo ordered an investigation.", name: "a name replaced after a kept name",
      errors: [{ messageId: "changed", data: { name: "Prabowo", rendered: "Purnomo" } }],
    },
    {
      source: "Menteri BUMN Erick Thohir mencopot direktur itu.", target: "State enterprises minister Erick Tohir dismissed the director.", name: "misspelt by one letter",
      errors: [{ messageId: "changed", data: { name: "Thohir", rendered: "Tohir" } }],
    },
    {
      source: "Pengamat Aditya Perdana menilai koalisi itu rapuh.", target: "Analyst Aditya Pratama said the coalition was fragile.", name: "an Indonesian word as a surname, after a kept name",
      errors: [{ messageId: "changed", data: { name: "Perdana", rendered: "Pratama" } }],
    },
    {
      source: "Dengan Paket Speedy Cermat, pelanggan bisa berhemat.", target: "With the Thrifty Speedy Package, customers can save.",
      name: "a product name translated word by word (`Paket`, `Package` unknown to the word list): a known false alarm",
      errors: [{ messageId: "changed", data: { name: "Cermat", rendered: "Package" } }],
    },
  ],
});
