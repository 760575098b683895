<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.10" tiledversion="1.10.2" name="interior" tilewidth="16" tileheight="16" tilecount="512" columns="16">
 <image source="../../sprites/tiles/interior.png" width="256" height="512"/>
 <tile id="0">
  <properties>
   <property name="tile_name" value="floor_wood_1"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="1">
  <properties>
   <property name="tile_name" value="floor_wood_2"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="2">
  <properties>
   <property name="tile_name" value="floor_wood_3"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="3">
  <properties>
   <property name="tile_name" value="floor_wood_shadow"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="4">
  <properties>
   <property name="tile_name" value="floor_check_1"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="5">
  <properties>
   <property name="tile_name" value="floor_check_2"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="6">
  <properties>
   <property name="tile_name" value="floor_check_3"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="7">
  <properties>
   <property name="tile_name" value="floor_check_shadow"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="8">
  <properties>
   <property name="tile_name" value="floor_carpet_1"/>
   <property name="surface" value="soft"/>
  </properties>
 </tile>
 <tile id="9">
  <properties>
   <property name="tile_name" value="floor_carpet_2"/>
   <property name="surface" value="soft"/>
  </properties>
 </tile>
 <tile id="10">
  <properties>
   <property name="tile_name" value="floor_carpet_3"/>
   <property name="surface" value="soft"/>
  </properties>
 </tile>
 <tile id="11">
  <properties>
   <property name="tile_name" value="floor_carpet_shadow"/>
   <property name="surface" value="soft"/>
  </properties>
 </tile>
 <tile id="12">
  <properties>
   <property name="tile_name" value="floor_bath_1"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="13">
  <properties>
   <property name="tile_name" value="floor_bath_2"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="14">
  <properties>
   <property name="tile_name" value="floor_bath_3"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="15">
  <properties>
   <property name="tile_name" value="floor_bath_shadow"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="16">
  <properties>
   <property name="tile_name" value="floor_concrete_1"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="17">
  <properties>
   <property name="tile_name" value="floor_concrete_2"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="18">
  <properties>
   <property name="tile_name" value="floor_concrete_3"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="19">
  <properties>
   <property name="tile_name" value="floor_concrete_shadow"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="20">
  <properties>
   <property name="tile_name" value="rug_magenta_nw"/>
   <property name="surface" value="soft"/>
  </properties>
 </tile>
 <tile id="21">
  <properties>
   <property name="tile_name" value="rug_magenta_n"/>
   <property name="surface" value="soft"/>
  </properties>
 </tile>
 <tile id="22">
  <properties>
   <property name="tile_name" value="rug_magenta_ne"/>
   <property name="surface" value="soft"/>
  </properties>
 </tile>
 <tile id="23">
  <properties>
   <property name="tile_name" value="rug_magenta_w"/>
   <property name="surface" value="soft"/>
  </properties>
 </tile>
 <tile id="24">
  <properties>
   <property name="tile_name" value="rug_magenta_c"/>
   <property name="surface" value="soft"/>
  </properties>
 </tile>
 <tile id="25">
  <properties>
   <property name="tile_name" value="rug_magenta_e"/>
   <property name="surface" value="soft"/>
  </properties>
 </tile>
 <tile id="26">
  <properties>
   <property name="tile_name" value="rug_magenta_sw"/>
   <property name="surface" value="soft"/>
  </properties>
 </tile>
 <tile id="27">
  <properties>
   <property name="tile_name" value="rug_magenta_s"/>
   <property name="surface" value="soft"/>
  </properties>
 </tile>
 <tile id="28">
  <properties>
   <property name="tile_name" value="rug_magenta_se"/>
   <property name="surface" value="soft"/>
  </properties>
 </tile>
 <tile id="29">
  <properties>
   <property name="tile_name" value="rug_cyan_nw"/>
   <property name="surface" value="soft"/>
  </properties>
 </tile>
 <tile id="30">
  <properties>
   <property name="tile_name" value="rug_cyan_n"/>
   <property name="surface" value="soft"/>
  </properties>
 </tile>
 <tile id="31">
  <properties>
   <property name="tile_name" value="rug_cyan_ne"/>
   <property name="surface" value="soft"/>
  </properties>
 </tile>
 <tile id="32">
  <properties>
   <property name="tile_name" value="rug_cyan_w"/>
   <property name="surface" value="soft"/>
  </properties>
 </tile>
 <tile id="33">
  <properties>
   <property name="tile_name" value="rug_cyan_c"/>
   <property name="surface" value="soft"/>
  </properties>
 </tile>
 <tile id="34">
  <properties>
   <property name="tile_name" value="rug_cyan_e"/>
   <property name="surface" value="soft"/>
  </properties>
 </tile>
 <tile id="35">
  <properties>
   <property name="tile_name" value="rug_cyan_sw"/>
   <property name="surface" value="soft"/>
  </properties>
 </tile>
 <tile id="36">
  <properties>
   <property name="tile_name" value="rug_cyan_s"/>
   <property name="surface" value="soft"/>
  </properties>
 </tile>
 <tile id="37">
  <properties>
   <property name="tile_name" value="rug_cyan_se"/>
   <property name="surface" value="soft"/>
  </properties>
 </tile>
 <tile id="38">
  <properties>
   <property name="tile_name" value="rug_rose_nw"/>
   <property name="surface" value="soft"/>
  </properties>
 </tile>
 <tile id="39">
  <properties>
   <property name="tile_name" value="rug_rose_n"/>
   <property name="surface" value="soft"/>
  </properties>
 </tile>
 <tile id="40">
  <properties>
   <property name="tile_name" value="rug_rose_ne"/>
   <property name="surface" value="soft"/>
  </properties>
 </tile>
 <tile id="41">
  <properties>
   <property name="tile_name" value="rug_rose_w"/>
   <property name="surface" value="soft"/>
  </properties>
 </tile>
 <tile id="42">
  <properties>
   <property name="tile_name" value="rug_rose_c"/>
   <property name="surface" value="soft"/>
  </properties>
 </tile>
 <tile id="43">
  <properties>
   <property name="tile_name" value="rug_rose_e"/>
   <property name="surface" value="soft"/>
  </properties>
 </tile>
 <tile id="44">
  <properties>
   <property name="tile_name" value="rug_rose_sw"/>
   <property name="surface" value="soft"/>
  </properties>
 </tile>
 <tile id="45">
  <properties>
   <property name="tile_name" value="rug_rose_s"/>
   <property name="surface" value="soft"/>
  </properties>
 </tile>
 <tile id="46">
  <properties>
   <property name="tile_name" value="rug_rose_se"/>
   <property name="surface" value="soft"/>
  </properties>
 </tile>
 <tile id="47">
  <properties>
   <property name="tile_name" value="rug_kilim_nw"/>
   <property name="surface" value="soft"/>
  </properties>
 </tile>
 <tile id="48">
  <properties>
   <property name="tile_name" value="rug_kilim_n"/>
   <property name="surface" value="soft"/>
  </properties>
 </tile>
 <tile id="49">
  <properties>
   <property name="tile_name" value="rug_kilim_ne"/>
   <property name="surface" value="soft"/>
  </properties>
 </tile>
 <tile id="50">
  <properties>
   <property name="tile_name" value="rug_kilim_w"/>
   <property name="surface" value="soft"/>
  </properties>
 </tile>
 <tile id="51">
  <properties>
   <property name="tile_name" value="rug_kilim_c"/>
   <property name="surface" value="soft"/>
  </properties>
 </tile>
 <tile id="52">
  <properties>
   <property name="tile_name" value="rug_kilim_e"/>
   <property name="surface" value="soft"/>
  </properties>
 </tile>
 <tile id="53">
  <properties>
   <property name="tile_name" value="rug_kilim_sw"/>
   <property name="surface" value="soft"/>
  </properties>
 </tile>
 <tile id="54">
  <properties>
   <property name="tile_name" value="rug_kilim_s"/>
   <property name="surface" value="soft"/>
  </properties>
 </tile>
 <tile id="55">
  <properties>
   <property name="tile_name" value="rug_kilim_se"/>
   <property name="surface" value="soft"/>
  </properties>
 </tile>
 <tile id="56">
  <properties>
   <property name="tile_name" value="wall_top"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="57">
  <properties>
   <property name="tile_name" value="wall_top_n"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="58">
  <properties>
   <property name="tile_name" value="wall_top_s"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="59">
  <properties>
   <property name="tile_name" value="wall_top_ns"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="60">
  <properties>
   <property name="tile_name" value="wall_top_e"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="61">
  <properties>
   <property name="tile_name" value="wall_top_ne"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="62">
  <properties>
   <property name="tile_name" value="wall_top_se"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="63">
  <properties>
   <property name="tile_name" value="wall_top_nse"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="64">
  <properties>
   <property name="tile_name" value="wall_top_w"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="65">
  <properties>
   <property name="tile_name" value="wall_top_nw"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="66">
  <properties>
   <property name="tile_name" value="wall_top_sw"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="67">
  <properties>
   <property name="tile_name" value="wall_top_nsw"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="68">
  <properties>
   <property name="tile_name" value="wall_top_ew"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="69">
  <properties>
   <property name="tile_name" value="wall_top_new"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="70">
  <properties>
   <property name="tile_name" value="wall_top_sew"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="71">
  <properties>
   <property name="tile_name" value="wall_top_nsew"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="72">
  <properties>
   <property name="tile_name" value="wall_top_in_ne"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="73">
  <properties>
   <property name="tile_name" value="wall_top_in_nw"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="74">
  <properties>
   <property name="tile_name" value="wall_top_in_se"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="75">
  <properties>
   <property name="tile_name" value="wall_top_in_sw"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="76">
  <properties>
   <property name="tile_name" value="wall_top_in_n"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="77">
  <properties>
   <property name="tile_name" value="wall_top_in_s"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="78">
  <properties>
   <property name="tile_name" value="wall_top_in_e"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="79">
  <properties>
   <property name="tile_name" value="wall_top_in_w"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="80">
  <properties>
   <property name="tile_name" value="wall_top_in_all"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="81">
  <properties>
   <property name="tile_name" value="wall_paper_1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="82">
  <properties>
   <property name="tile_name" value="wall_paper_2"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="83">
  <properties>
   <property name="tile_name" value="wall_paper_3"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="84">
  <properties>
   <property name="tile_name" value="wall_paper_base"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="85">
  <properties>
   <property name="tile_name" value="wall_paper_l"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="86">
  <properties>
   <property name="tile_name" value="wall_paper_r"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="87">
  <properties>
   <property name="tile_name" value="wall_paper_base_l"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="88">
  <properties>
   <property name="tile_name" value="wall_paper_base_r"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="89">
  <properties>
   <property name="tile_name" value="wall_paint_1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="90">
  <properties>
   <property name="tile_name" value="wall_paint_2"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="91">
  <properties>
   <property name="tile_name" value="wall_paint_3"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="92">
  <properties>
   <property name="tile_name" value="wall_paint_base"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="93">
  <properties>
   <property name="tile_name" value="wall_paint_l"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="94">
  <properties>
   <property name="tile_name" value="wall_paint_r"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="95">
  <properties>
   <property name="tile_name" value="wall_paint_base_l"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="96">
  <properties>
   <property name="tile_name" value="wall_paint_base_r"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="97">
  <properties>
   <property name="tile_name" value="wall_brick_1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="98">
  <properties>
   <property name="tile_name" value="wall_brick_2"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="99">
  <properties>
   <property name="tile_name" value="wall_brick_3"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="100">
  <properties>
   <property name="tile_name" value="wall_brick_base"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="101">
  <properties>
   <property name="tile_name" value="wall_brick_l"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="102">
  <properties>
   <property name="tile_name" value="wall_brick_r"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="103">
  <properties>
   <property name="tile_name" value="wall_brick_base_l"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="104">
  <properties>
   <property name="tile_name" value="wall_brick_base_r"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="105">
  <properties>
   <property name="tile_name" value="wall_tiles_1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="106">
  <properties>
   <property name="tile_name" value="wall_tiles_2"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="107">
  <properties>
   <property name="tile_name" value="wall_tiles_3"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="108">
  <properties>
   <property name="tile_name" value="wall_tiles_base"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="109">
  <properties>
   <property name="tile_name" value="wall_tiles_l"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="110">
  <properties>
   <property name="tile_name" value="wall_tiles_r"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="111">
  <properties>
   <property name="tile_name" value="wall_tiles_base_l"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="112">
  <properties>
   <property name="tile_name" value="wall_tiles_base_r"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="113">
  <properties>
   <property name="tile_name" value="wall_factory_1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="114">
  <properties>
   <property name="tile_name" value="wall_factory_2"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="115">
  <properties>
   <property name="tile_name" value="wall_factory_3"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="116">
  <properties>
   <property name="tile_name" value="wall_factory_base"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="117">
  <properties>
   <property name="tile_name" value="wall_factory_l"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="118">
  <properties>
   <property name="tile_name" value="wall_factory_r"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="119">
  <properties>
   <property name="tile_name" value="wall_factory_base_l"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="120">
  <properties>
   <property name="tile_name" value="wall_factory_base_r"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="121">
  <properties>
   <property name="tile_name" value="window_top_l"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="122">
  <properties>
   <property name="tile_name" value="window_low_l"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="123">
  <properties>
   <property name="tile_name" value="window_top_m"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="124">
  <properties>
   <property name="tile_name" value="window_low_m"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
  <animation>
   <frame tileid="124" duration="900"/>
   <frame tileid="125" duration="700"/>
   <frame tileid="126" duration="1100"/>
  </animation>
 </tile>
 <tile id="127">
  <properties>
   <property name="tile_name" value="window_top_m2"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="128">
  <properties>
   <property name="tile_name" value="window_low_m2"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
  <animation>
   <frame tileid="128" duration="900"/>
   <frame tileid="129" duration="700"/>
   <frame tileid="130" duration="1100"/>
  </animation>
 </tile>
 <tile id="131">
  <properties>
   <property name="tile_name" value="window_top_r"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="132">
  <properties>
   <property name="tile_name" value="window_low_r"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="133">
  <properties>
   <property name="tile_name" value="window_factory_top_l"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="134">
  <properties>
   <property name="tile_name" value="window_factory_low_l"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="135">
  <properties>
   <property name="tile_name" value="window_factory_top_m"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="136">
  <properties>
   <property name="tile_name" value="window_factory_low_m"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
  <animation>
   <frame tileid="136" duration="900"/>
   <frame tileid="137" duration="700"/>
   <frame tileid="138" duration="1100"/>
  </animation>
 </tile>
 <tile id="139">
  <properties>
   <property name="tile_name" value="window_factory_top_m2"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="140">
  <properties>
   <property name="tile_name" value="window_factory_low_m2"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
  <animation>
   <frame tileid="140" duration="900"/>
   <frame tileid="141" duration="700"/>
   <frame tileid="142" duration="1100"/>
  </animation>
 </tile>
 <tile id="143">
  <properties>
   <property name="tile_name" value="window_factory_top_r"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="144">
  <properties>
   <property name="tile_name" value="window_factory_low_r"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="145">
  <properties>
   <property name="tile_name" value="door_closed[0,0]"/>
  </properties>
 </tile>
 <tile id="161">
  <properties>
   <property name="tile_name" value="door_closed[0,1]"/>
  </properties>
 </tile>
 <tile id="146">
  <properties>
   <property name="tile_name" value="door_open[0,0]"/>
  </properties>
 </tile>
 <tile id="162">
  <properties>
   <property name="tile_name" value="door_open[0,1]"/>
  </properties>
 </tile>
 <tile id="147">
  <properties>
   <property name="tile_name" value="bed[0,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="4" width="16" height="12"/>
  </objectgroup>
 </tile>
 <tile id="148">
  <properties>
   <property name="tile_name" value="bed[1,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="4" width="16" height="12"/>
  </objectgroup>
 </tile>
 <tile id="163">
  <properties>
   <property name="tile_name" value="bed[0,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="164">
  <properties>
   <property name="tile_name" value="bed[1,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="179">
  <properties>
   <property name="tile_name" value="bed[0,2]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="15"/>
  </objectgroup>
 </tile>
 <tile id="180">
  <properties>
   <property name="tile_name" value="bed[1,2]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="15"/>
  </objectgroup>
 </tile>
 <tile id="149">
  <properties>
   <property name="tile_name" value="sofa_magenta[0,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="8" width="16" height="8"/>
  </objectgroup>
 </tile>
 <tile id="150">
  <properties>
   <property name="tile_name" value="sofa_magenta[1,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="8" width="16" height="8"/>
  </objectgroup>
 </tile>
 <tile id="151">
  <properties>
   <property name="tile_name" value="sofa_magenta[2,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="8" width="16" height="8"/>
  </objectgroup>
 </tile>
 <tile id="165">
  <properties>
   <property name="tile_name" value="sofa_magenta[0,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="14"/>
  </objectgroup>
 </tile>
 <tile id="166">
  <properties>
   <property name="tile_name" value="sofa_magenta[1,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="14"/>
  </objectgroup>
 </tile>
 <tile id="167">
  <properties>
   <property name="tile_name" value="sofa_magenta[2,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="14"/>
  </objectgroup>
 </tile>
 <tile id="152">
  <properties>
   <property name="tile_name" value="dining_table[0,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="10" width="16" height="6"/>
  </objectgroup>
 </tile>
 <tile id="153">
  <properties>
   <property name="tile_name" value="dining_table[1,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="10" width="16" height="6"/>
  </objectgroup>
 </tile>
 <tile id="154">
  <properties>
   <property name="tile_name" value="dining_table[2,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="10" width="16" height="6"/>
  </objectgroup>
 </tile>
 <tile id="168">
  <properties>
   <property name="tile_name" value="dining_table[0,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="14"/>
  </objectgroup>
 </tile>
 <tile id="169">
  <properties>
   <property name="tile_name" value="dining_table[1,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="14"/>
  </objectgroup>
 </tile>
 <tile id="170">
  <properties>
   <property name="tile_name" value="dining_table[2,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="14"/>
  </objectgroup>
 </tile>
 <tile id="155">
  <properties>
   <property name="tile_name" value="sofa_modular[0,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="8" width="16" height="8"/>
  </objectgroup>
 </tile>
 <tile id="156">
  <properties>
   <property name="tile_name" value="sofa_modular[1,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="8" width="16" height="8"/>
  </objectgroup>
 </tile>
 <tile id="157">
  <properties>
   <property name="tile_name" value="sofa_modular[2,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="8" width="16" height="8"/>
  </objectgroup>
 </tile>
 <tile id="171">
  <properties>
   <property name="tile_name" value="sofa_modular[0,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="14"/>
  </objectgroup>
 </tile>
 <tile id="172">
  <properties>
   <property name="tile_name" value="sofa_modular[1,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="14"/>
  </objectgroup>
 </tile>
 <tile id="173">
  <properties>
   <property name="tile_name" value="sofa_modular[2,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="14"/>
  </objectgroup>
 </tile>
 <tile id="176">
  <properties>
   <property name="tile_name" value="sofa_velvet[0,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="8" width="16" height="8"/>
  </objectgroup>
 </tile>
 <tile id="177">
  <properties>
   <property name="tile_name" value="sofa_velvet[1,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="8" width="16" height="8"/>
  </objectgroup>
 </tile>
 <tile id="178">
  <properties>
   <property name="tile_name" value="sofa_velvet[2,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="8" width="16" height="8"/>
  </objectgroup>
 </tile>
 <tile id="192">
  <properties>
   <property name="tile_name" value="sofa_velvet[0,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="14"/>
  </objectgroup>
 </tile>
 <tile id="193">
  <properties>
   <property name="tile_name" value="sofa_velvet[1,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="14"/>
  </objectgroup>
 </tile>
 <tile id="194">
  <properties>
   <property name="tile_name" value="sofa_velvet[2,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="14"/>
  </objectgroup>
 </tile>
 <tile id="181">
  <properties>
   <property name="tile_name" value="sofa_chesterfield[0,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="8" width="16" height="8"/>
  </objectgroup>
 </tile>
 <tile id="182">
  <properties>
   <property name="tile_name" value="sofa_chesterfield[1,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="8" width="16" height="8"/>
  </objectgroup>
 </tile>
 <tile id="183">
  <properties>
   <property name="tile_name" value="sofa_chesterfield[2,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="8" width="16" height="8"/>
  </objectgroup>
 </tile>
 <tile id="197">
  <properties>
   <property name="tile_name" value="sofa_chesterfield[0,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="14"/>
  </objectgroup>
 </tile>
 <tile id="198">
  <properties>
   <property name="tile_name" value="sofa_chesterfield[1,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="14"/>
  </objectgroup>
 </tile>
 <tile id="199">
  <properties>
   <property name="tile_name" value="sofa_chesterfield[2,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="14"/>
  </objectgroup>
 </tile>
 <tile id="158">
  <properties>
   <property name="tile_name" value="chair_chrome[0,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="14" width="16" height="2"/>
  </objectgroup>
 </tile>
 <tile id="174">
  <properties>
   <property name="tile_name" value="chair_chrome[0,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="14"/>
  </objectgroup>
 </tile>
 <tile id="159">
  <properties>
   <property name="tile_name" value="armchair_wing[0,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="14" width="16" height="2"/>
  </objectgroup>
 </tile>
 <tile id="175">
  <properties>
   <property name="tile_name" value="armchair_wing[0,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="14"/>
  </objectgroup>
 </tile>
 <tile id="184">
  <properties>
   <property name="tile_name" value="chair_factory[0,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="14" width="16" height="2"/>
  </objectgroup>
 </tile>
 <tile id="200">
  <properties>
   <property name="tile_name" value="chair_factory[0,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="14"/>
  </objectgroup>
 </tile>
 <tile id="185">
  <properties>
   <property name="tile_name" value="lamp_arc[0,0]"/>
  </properties>
 </tile>
 <tile id="201">
  <properties>
   <property name="tile_name" value="lamp_arc[0,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="4" y="10" width="8" height="5"/>
  </objectgroup>
 </tile>
 <tile id="186">
  <properties>
   <property name="tile_name" value="lamp_brass[0,0]"/>
  </properties>
 </tile>
 <tile id="202">
  <properties>
   <property name="tile_name" value="lamp_brass[0,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="4" y="10" width="8" height="5"/>
  </objectgroup>
 </tile>
 <tile id="187">
  <properties>
   <property name="tile_name" value="lamp_work[0,0]"/>
  </properties>
 </tile>
 <tile id="203">
  <properties>
   <property name="tile_name" value="lamp_work[0,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="4" y="10" width="8" height="5"/>
  </objectgroup>
 </tile>
 <tile id="188">
  <properties>
   <property name="tile_name" value="table_glass[0,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="10" width="16" height="6"/>
  </objectgroup>
 </tile>
 <tile id="189">
  <properties>
   <property name="tile_name" value="table_glass[1,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="10" width="16" height="6"/>
  </objectgroup>
 </tile>
 <tile id="190">
  <properties>
   <property name="tile_name" value="table_glass[2,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="10" width="16" height="6"/>
  </objectgroup>
 </tile>
 <tile id="204">
  <properties>
   <property name="tile_name" value="table_glass[0,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="14"/>
  </objectgroup>
 </tile>
 <tile id="205">
  <properties>
   <property name="tile_name" value="table_glass[1,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="14"/>
  </objectgroup>
 </tile>
 <tile id="206">
  <properties>
   <property name="tile_name" value="table_glass[2,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="14"/>
  </objectgroup>
 </tile>
 <tile id="208">
  <properties>
   <property name="tile_name" value="table_trestle[0,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="10" width="16" height="6"/>
  </objectgroup>
 </tile>
 <tile id="209">
  <properties>
   <property name="tile_name" value="table_trestle[1,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="10" width="16" height="6"/>
  </objectgroup>
 </tile>
 <tile id="210">
  <properties>
   <property name="tile_name" value="table_trestle[2,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="10" width="16" height="6"/>
  </objectgroup>
 </tile>
 <tile id="224">
  <properties>
   <property name="tile_name" value="table_trestle[0,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="14"/>
  </objectgroup>
 </tile>
 <tile id="225">
  <properties>
   <property name="tile_name" value="table_trestle[1,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="14"/>
  </objectgroup>
 </tile>
 <tile id="226">
  <properties>
   <property name="tile_name" value="table_trestle[2,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="14"/>
  </objectgroup>
 </tile>
 <tile id="160">
  <properties>
   <property name="tile_name" value="nightstand"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="2" y="8" width="12" height="8"/>
  </objectgroup>
 </tile>
 <tile id="191">
  <properties>
   <property name="tile_name" value="door_frame[0,0]"/>
  </properties>
 </tile>
 <tile id="207">
  <properties>
   <property name="tile_name" value="door_frame[0,1]"/>
  </properties>
 </tile>
 <tile id="195">
  <properties>
   <property name="tile_name" value="chair_s"/>
  </properties>
 </tile>
 <tile id="196">
  <properties>
   <property name="tile_name" value="chair_n"/>
  </properties>
 </tile>
 <tile id="211">
  <properties>
   <property name="tile_name" value="coffee_table[0,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="4" width="16" height="12"/>
  </objectgroup>
 </tile>
 <tile id="212">
  <properties>
   <property name="tile_name" value="coffee_table[1,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="4" width="16" height="12"/>
  </objectgroup>
 </tile>
 <tile id="213">
  <properties>
   <property name="tile_name" value="counter_l"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="4" width="16" height="12"/>
  </objectgroup>
 </tile>
 <tile id="214">
  <properties>
   <property name="tile_name" value="counter_m"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="4" width="16" height="12"/>
  </objectgroup>
 </tile>
 <tile id="215">
  <properties>
   <property name="tile_name" value="counter_stove"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="4" width="16" height="12"/>
  </objectgroup>
 </tile>
 <tile id="216">
  <properties>
   <property name="tile_name" value="counter_sink"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="4" width="16" height="12"/>
  </objectgroup>
 </tile>
 <tile id="217">
  <properties>
   <property name="tile_name" value="fridge[0,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="12" width="16" height="4"/>
  </objectgroup>
 </tile>
 <tile id="233">
  <properties>
   <property name="tile_name" value="fridge[0,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="14"/>
  </objectgroup>
 </tile>
 <tile id="218">
  <properties>
   <property name="tile_name" value="tub[0,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="4" width="16" height="12"/>
  </objectgroup>
 </tile>
 <tile id="219">
  <properties>
   <property name="tile_name" value="tub[1,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="4" width="16" height="12"/>
  </objectgroup>
 </tile>
 <tile id="234">
  <properties>
   <property name="tile_name" value="tub[0,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="14"/>
  </objectgroup>
 </tile>
 <tile id="235">
  <properties>
   <property name="tile_name" value="tub[1,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="14"/>
  </objectgroup>
 </tile>
 <tile id="220">
  <properties>
   <property name="tile_name" value="toilet"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="3" y="4" width="10" height="12"/>
  </objectgroup>
 </tile>
 <tile id="221">
  <properties>
   <property name="tile_name" value="bath_sink"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="2" y="6" width="12" height="10"/>
  </objectgroup>
 </tile>
 <tile id="222">
  <properties>
   <property name="tile_name" value="mirror"/>
  </properties>
 </tile>
 <tile id="223">
  <properties>
   <property name="tile_name" value="mirror_chrome"/>
  </properties>
 </tile>
 <tile id="227">
  <properties>
   <property name="tile_name" value="mirror_steel"/>
  </properties>
 </tile>
 <tile id="228">
  <properties>
   <property name="tile_name" value="wardrobe_lacquer[0,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="8" width="16" height="8"/>
  </objectgroup>
 </tile>
 <tile id="229">
  <properties>
   <property name="tile_name" value="wardrobe_lacquer[1,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="8" width="16" height="8"/>
  </objectgroup>
 </tile>
 <tile id="244">
  <properties>
   <property name="tile_name" value="wardrobe_lacquer[0,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="14"/>
  </objectgroup>
 </tile>
 <tile id="245">
  <properties>
   <property name="tile_name" value="wardrobe_lacquer[1,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="14"/>
  </objectgroup>
 </tile>
 <tile id="230">
  <properties>
   <property name="tile_name" value="wardrobe_mirror[0,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="8" width="16" height="8"/>
  </objectgroup>
 </tile>
 <tile id="231">
  <properties>
   <property name="tile_name" value="wardrobe_mirror[1,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="8" width="16" height="8"/>
  </objectgroup>
 </tile>
 <tile id="246">
  <properties>
   <property name="tile_name" value="wardrobe_mirror[0,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="14"/>
  </objectgroup>
 </tile>
 <tile id="247">
  <properties>
   <property name="tile_name" value="wardrobe_mirror[1,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="14"/>
  </objectgroup>
 </tile>
 <tile id="236">
  <properties>
   <property name="tile_name" value="clothes_rack[0,0]"/>
  </properties>
 </tile>
 <tile id="237">
  <properties>
   <property name="tile_name" value="clothes_rack[1,0]"/>
  </properties>
 </tile>
 <tile id="252">
  <properties>
   <property name="tile_name" value="clothes_rack[0,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="4" width="16" height="10"/>
  </objectgroup>
 </tile>
 <tile id="253">
  <properties>
   <property name="tile_name" value="clothes_rack[1,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="4" width="16" height="10"/>
  </objectgroup>
 </tile>
 <tile id="238">
  <properties>
   <property name="tile_name" value="coat_stand[0,0]"/>
  </properties>
 </tile>
 <tile id="239">
  <properties>
   <property name="tile_name" value="coat_stand[1,0]"/>
  </properties>
 </tile>
 <tile id="254">
  <properties>
   <property name="tile_name" value="coat_stand[0,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="4" width="16" height="10"/>
  </objectgroup>
 </tile>
 <tile id="255">
  <properties>
   <property name="tile_name" value="coat_stand[1,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="4" width="16" height="10"/>
  </objectgroup>
 </tile>
 <tile id="240">
  <properties>
   <property name="tile_name" value="coat_rail[0,0]"/>
  </properties>
 </tile>
 <tile id="241">
  <properties>
   <property name="tile_name" value="coat_rail[1,0]"/>
  </properties>
 </tile>
 <tile id="256">
  <properties>
   <property name="tile_name" value="coat_rail[0,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="4" width="16" height="10"/>
  </objectgroup>
 </tile>
 <tile id="257">
  <properties>
   <property name="tile_name" value="coat_rail[1,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="4" width="16" height="10"/>
  </objectgroup>
 </tile>
 <tile id="232">
  <properties>
   <property name="tile_name" value="plant[0,0]"/>
  </properties>
 </tile>
 <tile id="248">
  <properties>
   <property name="tile_name" value="plant[0,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="3" y="6" width="10" height="8"/>
  </objectgroup>
 </tile>
 <tile id="242">
  <properties>
   <property name="tile_name" value="plant_yucca[0,0]"/>
  </properties>
 </tile>
 <tile id="258">
  <properties>
   <property name="tile_name" value="plant_yucca[0,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="3" y="6" width="10" height="8"/>
  </objectgroup>
 </tile>
 <tile id="243">
  <properties>
   <property name="tile_name" value="plant_palm[0,0]"/>
  </properties>
 </tile>
 <tile id="259">
  <properties>
   <property name="tile_name" value="plant_palm[0,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="3" y="6" width="10" height="8"/>
  </objectgroup>
 </tile>
 <tile id="249">
  <properties>
   <property name="tile_name" value="table_lamp"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="2" y="8" width="12" height="8"/>
  </objectgroup>
 </tile>
 <tile id="250">
  <properties>
   <property name="tile_name" value="lamp_cube"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="2" y="8" width="12" height="8"/>
  </objectgroup>
 </tile>
 <tile id="251">
  <properties>
   <property name="tile_name" value="lamp_clamp"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="2" y="8" width="12" height="8"/>
  </objectgroup>
 </tile>
 <tile id="260">
  <properties>
   <property name="tile_name" value="phone_table"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="2" y="8" width="12" height="8"/>
  </objectgroup>
 </tile>
 <tile id="261">
  <properties>
   <property name="tile_name" value="phone_chrome"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="2" y="8" width="12" height="8"/>
  </objectgroup>
 </tile>
 <tile id="262">
  <properties>
   <property name="tile_name" value="phone_crate"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="2" y="8" width="12" height="8"/>
  </objectgroup>
 </tile>
 <tile id="263">
  <properties>
   <property name="tile_name" value="boombox"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="1" y="8" width="14" height="8"/>
  </objectgroup>
  <animation>
   <frame tileid="263" duration="240"/>
   <frame tileid="264" duration="120"/>
  </animation>
 </tile>
 <tile id="265">
  <properties>
   <property name="tile_name" value="hifi[0,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="6" width="16" height="10"/>
  </objectgroup>
  <animation>
   <frame tileid="265" duration="150"/>
   <frame tileid="267" duration="150"/>
   <frame tileid="269" duration="150"/>
   <frame tileid="272" duration="150"/>
  </animation>
 </tile>
 <tile id="266">
  <properties>
   <property name="tile_name" value="hifi[1,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="6" width="16" height="10"/>
  </objectgroup>
  <animation>
   <frame tileid="266" duration="150"/>
   <frame tileid="268" duration="150"/>
   <frame tileid="270" duration="150"/>
   <frame tileid="273" duration="150"/>
  </animation>
 </tile>
 <tile id="274">
  <properties>
   <property name="tile_name" value="dj_deck[0,0]"/>
  </properties>
  <animation>
   <frame tileid="274" duration="150"/>
   <frame tileid="276" duration="150"/>
   <frame tileid="278" duration="150"/>
   <frame tileid="280" duration="150"/>
  </animation>
 </tile>
 <tile id="275">
  <properties>
   <property name="tile_name" value="dj_deck[1,0]"/>
  </properties>
  <animation>
   <frame tileid="275" duration="150"/>
   <frame tileid="277" duration="150"/>
   <frame tileid="279" duration="150"/>
   <frame tileid="281" duration="150"/>
  </animation>
 </tile>
 <tile id="290">
  <properties>
   <property name="tile_name" value="dj_deck[0,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="6" width="16" height="10"/>
  </objectgroup>
  <animation>
   <frame tileid="290" duration="150"/>
   <frame tileid="292" duration="150"/>
   <frame tileid="294" duration="150"/>
   <frame tileid="296" duration="150"/>
  </animation>
 </tile>
 <tile id="291">
  <properties>
   <property name="tile_name" value="dj_deck[1,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="6" width="16" height="10"/>
  </objectgroup>
  <animation>
   <frame tileid="291" duration="150"/>
   <frame tileid="293" duration="150"/>
   <frame tileid="295" duration="150"/>
   <frame tileid="297" duration="150"/>
  </animation>
 </tile>
 <tile id="282">
  <properties>
   <property name="tile_name" value="tv_console[0,0]"/>
  </properties>
  <animation>
   <frame tileid="282" duration="900"/>
   <frame tileid="284" duration="700"/>
   <frame tileid="286" duration="1100"/>
   <frame tileid="288" duration="600"/>
  </animation>
 </tile>
 <tile id="283">
  <properties>
   <property name="tile_name" value="tv_console[1,0]"/>
  </properties>
  <animation>
   <frame tileid="283" duration="900"/>
   <frame tileid="285" duration="700"/>
   <frame tileid="287" duration="1100"/>
   <frame tileid="289" duration="600"/>
  </animation>
 </tile>
 <tile id="298">
  <properties>
   <property name="tile_name" value="tv_console[0,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="1" y="4" width="15" height="12"/>
  </objectgroup>
  <animation>
   <frame tileid="298" duration="900"/>
   <frame tileid="300" duration="700"/>
   <frame tileid="302" duration="1100"/>
   <frame tileid="304" duration="600"/>
  </animation>
 </tile>
 <tile id="299">
  <properties>
   <property name="tile_name" value="tv_console[1,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="4" width="15" height="12"/>
  </objectgroup>
  <animation>
   <frame tileid="299" duration="900"/>
   <frame tileid="301" duration="700"/>
   <frame tileid="303" duration="1100"/>
   <frame tileid="305" duration="600"/>
  </animation>
 </tile>
 <tile id="306">
  <properties>
   <property name="tile_name" value="shelf_encyclopaedia[0,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="8" width="16" height="8"/>
  </objectgroup>
 </tile>
 <tile id="307">
  <properties>
   <property name="tile_name" value="shelf_encyclopaedia[1,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="8" width="16" height="8"/>
  </objectgroup>
 </tile>
 <tile id="322">
  <properties>
   <property name="tile_name" value="shelf_encyclopaedia[0,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="14"/>
  </objectgroup>
 </tile>
 <tile id="323">
  <properties>
   <property name="tile_name" value="shelf_encyclopaedia[1,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="14"/>
  </objectgroup>
 </tile>
 <tile id="308">
  <properties>
   <property name="tile_name" value="shelf_scripts[0,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="8" width="16" height="8"/>
  </objectgroup>
 </tile>
 <tile id="309">
  <properties>
   <property name="tile_name" value="shelf_scripts[1,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="8" width="16" height="8"/>
  </objectgroup>
 </tile>
 <tile id="324">
  <properties>
   <property name="tile_name" value="shelf_scripts[0,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="14"/>
  </objectgroup>
 </tile>
 <tile id="325">
  <properties>
   <property name="tile_name" value="shelf_scripts[1,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="14"/>
  </objectgroup>
 </tile>
 <tile id="310">
  <properties>
   <property name="tile_name" value="shelf_manuscripts[0,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="8" width="16" height="8"/>
  </objectgroup>
 </tile>
 <tile id="311">
  <properties>
   <property name="tile_name" value="shelf_manuscripts[1,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="8" width="16" height="8"/>
  </objectgroup>
 </tile>
 <tile id="326">
  <properties>
   <property name="tile_name" value="shelf_manuscripts[0,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="14"/>
  </objectgroup>
 </tile>
 <tile id="327">
  <properties>
   <property name="tile_name" value="shelf_manuscripts[1,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="14"/>
  </objectgroup>
 </tile>
 <tile id="271">
  <properties>
   <property name="tile_name" value="bar_cart"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="1" y="8" width="14" height="8"/>
  </objectgroup>
 </tile>
 <tile id="312">
  <properties>
   <property name="tile_name" value="lava_lamp"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="2" y="10" width="12" height="6"/>
  </objectgroup>
  <animation>
   <frame tileid="312" duration="500"/>
   <frame tileid="313" duration="500"/>
   <frame tileid="314" duration="500"/>
   <frame tileid="315" duration="500"/>
  </animation>
 </tile>
 <tile id="316">
  <properties>
   <property name="tile_name" value="lava_lamp_brass"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="2" y="10" width="12" height="6"/>
  </objectgroup>
  <animation>
   <frame tileid="316" duration="600"/>
   <frame tileid="317" duration="600"/>
   <frame tileid="318" duration="600"/>
   <frame tileid="319" duration="600"/>
  </animation>
 </tile>
 <tile id="320">
  <properties>
   <property name="tile_name" value="lamp_neon"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="2" y="10" width="12" height="6"/>
  </objectgroup>
  <animation>
   <frame tileid="320" duration="2600"/>
   <frame tileid="321" duration="80"/>
  </animation>
 </tile>
 <tile id="328">
  <properties>
   <property name="tile_name" value="stairs_up[0,0]"/>
  </properties>
 </tile>
 <tile id="329">
  <properties>
   <property name="tile_name" value="stairs_up[1,0]"/>
  </properties>
 </tile>
 <tile id="344">
  <properties>
   <property name="tile_name" value="stairs_up[0,1]"/>
  </properties>
 </tile>
 <tile id="345">
  <properties>
   <property name="tile_name" value="stairs_up[1,1]"/>
  </properties>
 </tile>
 <tile id="330">
  <properties>
   <property name="tile_name" value="telescope[0,0]"/>
  </properties>
 </tile>
 <tile id="346">
  <properties>
   <property name="tile_name" value="telescope[0,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="3" y="8" width="11" height="7"/>
  </objectgroup>
 </tile>
 <tile id="331">
  <properties>
   <property name="tile_name" value="art_1"/>
  </properties>
 </tile>
 <tile id="332">
  <properties>
   <property name="tile_name" value="art_2"/>
  </properties>
 </tile>
 <tile id="333">
  <properties>
   <property name="tile_name" value="art_3"/>
  </properties>
 </tile>
 <tile id="334">
  <properties>
   <property name="tile_name" value="awards"/>
  </properties>
 </tile>
 <tile id="335">
  <properties>
   <property name="tile_name" value="show_poster"/>
  </properties>
 </tile>
 <tile id="336">
  <properties>
   <property name="tile_name" value="photo_publicity"/>
  </properties>
 </tile>
 <tile id="337">
  <properties>
   <property name="tile_name" value="clock_sunburst"/>
  </properties>
 </tile>
 <tile id="338">
  <properties>
   <property name="tile_name" value="canvas_drip"/>
  </properties>
 </tile>
 <tile id="339">
  <properties>
   <property name="tile_name" value="poster_gallery"/>
  </properties>
 </tile>
 <tile id="340">
  <properties>
   <property name="tile_name" value="canvas_red[0,0]"/>
  </properties>
 </tile>
 <tile id="356">
  <properties>
   <property name="tile_name" value="canvas_red[0,1]"/>
  </properties>
 </tile>
 <tile id="368">
  <properties>
   <property name="tile_name" value="window_across[0,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
  <animation>
   <frame tileid="368" duration="900"/>
   <frame tileid="400" duration="700"/>
   <frame tileid="432" duration="1100"/>
  </animation>
 </tile>
 <tile id="369">
  <properties>
   <property name="tile_name" value="window_across[1,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
  <animation>
   <frame tileid="369" duration="900"/>
   <frame tileid="401" duration="700"/>
   <frame tileid="433" duration="1100"/>
  </animation>
 </tile>
 <tile id="370">
  <properties>
   <property name="tile_name" value="window_across[2,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
  <animation>
   <frame tileid="370" duration="900"/>
   <frame tileid="402" duration="700"/>
   <frame tileid="434" duration="1100"/>
  </animation>
 </tile>
 <tile id="371">
  <properties>
   <property name="tile_name" value="window_across[3,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
  <animation>
   <frame tileid="371" duration="900"/>
   <frame tileid="403" duration="700"/>
   <frame tileid="435" duration="1100"/>
  </animation>
 </tile>
 <tile id="372">
  <properties>
   <property name="tile_name" value="window_across[4,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
  <animation>
   <frame tileid="372" duration="900"/>
   <frame tileid="404" duration="700"/>
   <frame tileid="436" duration="1100"/>
  </animation>
 </tile>
 <tile id="373">
  <properties>
   <property name="tile_name" value="window_across[5,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
  <animation>
   <frame tileid="373" duration="900"/>
   <frame tileid="405" duration="700"/>
   <frame tileid="437" duration="1100"/>
  </animation>
 </tile>
 <tile id="374">
  <properties>
   <property name="tile_name" value="window_across[6,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
  <animation>
   <frame tileid="374" duration="900"/>
   <frame tileid="406" duration="700"/>
   <frame tileid="438" duration="1100"/>
  </animation>
 </tile>
 <tile id="375">
  <properties>
   <property name="tile_name" value="window_across[7,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
  <animation>
   <frame tileid="375" duration="900"/>
   <frame tileid="407" duration="700"/>
   <frame tileid="439" duration="1100"/>
  </animation>
 </tile>
 <tile id="376">
  <properties>
   <property name="tile_name" value="window_across[8,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
  <animation>
   <frame tileid="376" duration="900"/>
   <frame tileid="408" duration="700"/>
   <frame tileid="440" duration="1100"/>
  </animation>
 </tile>
 <tile id="377">
  <properties>
   <property name="tile_name" value="window_across[9,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
  <animation>
   <frame tileid="377" duration="900"/>
   <frame tileid="409" duration="700"/>
   <frame tileid="441" duration="1100"/>
  </animation>
 </tile>
 <tile id="378">
  <properties>
   <property name="tile_name" value="window_across[10,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
  <animation>
   <frame tileid="378" duration="900"/>
   <frame tileid="410" duration="700"/>
   <frame tileid="442" duration="1100"/>
  </animation>
 </tile>
 <tile id="379">
  <properties>
   <property name="tile_name" value="window_across[11,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
  <animation>
   <frame tileid="379" duration="900"/>
   <frame tileid="411" duration="700"/>
   <frame tileid="443" duration="1100"/>
  </animation>
 </tile>
 <tile id="380">
  <properties>
   <property name="tile_name" value="window_across[12,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
  <animation>
   <frame tileid="380" duration="900"/>
   <frame tileid="412" duration="700"/>
   <frame tileid="444" duration="1100"/>
  </animation>
 </tile>
 <tile id="381">
  <properties>
   <property name="tile_name" value="window_across[13,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
  <animation>
   <frame tileid="381" duration="900"/>
   <frame tileid="413" duration="700"/>
   <frame tileid="445" duration="1100"/>
  </animation>
 </tile>
 <tile id="382">
  <properties>
   <property name="tile_name" value="window_across[14,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
  <animation>
   <frame tileid="382" duration="900"/>
   <frame tileid="414" duration="700"/>
   <frame tileid="446" duration="1100"/>
  </animation>
 </tile>
 <tile id="384">
  <properties>
   <property name="tile_name" value="window_across[0,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
  <animation>
   <frame tileid="384" duration="900"/>
   <frame tileid="416" duration="700"/>
   <frame tileid="448" duration="1100"/>
  </animation>
 </tile>
 <tile id="385">
  <properties>
   <property name="tile_name" value="window_across[1,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
  <animation>
   <frame tileid="385" duration="900"/>
   <frame tileid="417" duration="700"/>
   <frame tileid="449" duration="1100"/>
  </animation>
 </tile>
 <tile id="386">
  <properties>
   <property name="tile_name" value="window_across[2,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
  <animation>
   <frame tileid="386" duration="900"/>
   <frame tileid="418" duration="700"/>
   <frame tileid="450" duration="1100"/>
  </animation>
 </tile>
 <tile id="387">
  <properties>
   <property name="tile_name" value="window_across[3,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
  <animation>
   <frame tileid="387" duration="900"/>
   <frame tileid="419" duration="700"/>
   <frame tileid="451" duration="1100"/>
  </animation>
 </tile>
 <tile id="388">
  <properties>
   <property name="tile_name" value="window_across[4,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
  <animation>
   <frame tileid="388" duration="900"/>
   <frame tileid="420" duration="700"/>
   <frame tileid="452" duration="1100"/>
  </animation>
 </tile>
 <tile id="389">
  <properties>
   <property name="tile_name" value="window_across[5,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
  <animation>
   <frame tileid="389" duration="900"/>
   <frame tileid="421" duration="700"/>
   <frame tileid="453" duration="1100"/>
  </animation>
 </tile>
 <tile id="390">
  <properties>
   <property name="tile_name" value="window_across[6,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
  <animation>
   <frame tileid="390" duration="900"/>
   <frame tileid="422" duration="700"/>
   <frame tileid="454" duration="1100"/>
  </animation>
 </tile>
 <tile id="391">
  <properties>
   <property name="tile_name" value="window_across[7,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
  <animation>
   <frame tileid="391" duration="900"/>
   <frame tileid="423" duration="700"/>
   <frame tileid="455" duration="1100"/>
  </animation>
 </tile>
 <tile id="392">
  <properties>
   <property name="tile_name" value="window_across[8,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
  <animation>
   <frame tileid="392" duration="900"/>
   <frame tileid="424" duration="700"/>
   <frame tileid="456" duration="1100"/>
  </animation>
 </tile>
 <tile id="393">
  <properties>
   <property name="tile_name" value="window_across[9,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
  <animation>
   <frame tileid="393" duration="900"/>
   <frame tileid="425" duration="700"/>
   <frame tileid="457" duration="1100"/>
  </animation>
 </tile>
 <tile id="394">
  <properties>
   <property name="tile_name" value="window_across[10,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
  <animation>
   <frame tileid="394" duration="900"/>
   <frame tileid="426" duration="700"/>
   <frame tileid="458" duration="1100"/>
  </animation>
 </tile>
 <tile id="395">
  <properties>
   <property name="tile_name" value="window_across[11,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
  <animation>
   <frame tileid="395" duration="900"/>
   <frame tileid="427" duration="700"/>
   <frame tileid="459" duration="1100"/>
  </animation>
 </tile>
 <tile id="396">
  <properties>
   <property name="tile_name" value="window_across[12,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
  <animation>
   <frame tileid="396" duration="900"/>
   <frame tileid="428" duration="700"/>
   <frame tileid="460" duration="1100"/>
  </animation>
 </tile>
 <tile id="397">
  <properties>
   <property name="tile_name" value="window_across[13,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
  <animation>
   <frame tileid="397" duration="900"/>
   <frame tileid="429" duration="700"/>
   <frame tileid="461" duration="1100"/>
  </animation>
 </tile>
 <tile id="398">
  <properties>
   <property name="tile_name" value="window_across[14,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
  <animation>
   <frame tileid="398" duration="900"/>
   <frame tileid="430" duration="700"/>
   <frame tileid="462" duration="1100"/>
  </animation>
 </tile>
 <tile id="341">
  <properties>
   <property name="tile_name" value="pit_nw"/>
   <property name="surface" value="soft"/>
  </properties>
 </tile>
 <tile id="342">
  <properties>
   <property name="tile_name" value="pit_n"/>
   <property name="surface" value="soft"/>
  </properties>
 </tile>
 <tile id="343">
  <properties>
   <property name="tile_name" value="pit_ne"/>
   <property name="surface" value="soft"/>
  </properties>
 </tile>
 <tile id="347">
  <properties>
   <property name="tile_name" value="pit_w"/>
   <property name="surface" value="soft"/>
  </properties>
 </tile>
 <tile id="348">
  <properties>
   <property name="tile_name" value="pit_c"/>
   <property name="surface" value="soft"/>
  </properties>
 </tile>
 <tile id="349">
  <properties>
   <property name="tile_name" value="pit_e"/>
   <property name="surface" value="soft"/>
  </properties>
 </tile>
 <tile id="350">
  <properties>
   <property name="tile_name" value="pit_sw"/>
   <property name="surface" value="soft"/>
  </properties>
 </tile>
 <tile id="351">
  <properties>
   <property name="tile_name" value="pit_s"/>
   <property name="surface" value="soft"/>
  </properties>
 </tile>
 <tile id="352">
  <properties>
   <property name="tile_name" value="pit_se"/>
   <property name="surface" value="soft"/>
  </properties>
 </tile>
 <tile id="464">
  <properties>
   <property name="tile_name" value="sofa_pit[0,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="8" width="16" height="8"/>
  </objectgroup>
 </tile>
 <tile id="465">
  <properties>
   <property name="tile_name" value="sofa_pit[1,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="8" width="16" height="8"/>
  </objectgroup>
 </tile>
 <tile id="466">
  <properties>
   <property name="tile_name" value="sofa_pit[2,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="8" width="16" height="8"/>
  </objectgroup>
 </tile>
 <tile id="480">
  <properties>
   <property name="tile_name" value="sofa_pit[0,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="14"/>
  </objectgroup>
 </tile>
 <tile id="481">
  <properties>
   <property name="tile_name" value="sofa_pit[1,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="14"/>
  </objectgroup>
 </tile>
 <tile id="482">
  <properties>
   <property name="tile_name" value="sofa_pit[2,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="14"/>
  </objectgroup>
 </tile>
 <tile id="353">
  <properties>
   <property name="tile_name" value="bar_chrome"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="1" y="8" width="14" height="8"/>
  </objectgroup>
 </tile>
 <tile id="467">
  <properties>
   <property name="tile_name" value="bed_platform[0,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="4" width="16" height="12"/>
  </objectgroup>
 </tile>
 <tile id="468">
  <properties>
   <property name="tile_name" value="bed_platform[1,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="4" width="16" height="12"/>
  </objectgroup>
 </tile>
 <tile id="483">
  <properties>
   <property name="tile_name" value="bed_platform[0,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="484">
  <properties>
   <property name="tile_name" value="bed_platform[1,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="499">
  <properties>
   <property name="tile_name" value="bed_platform[0,2]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="15"/>
  </objectgroup>
 </tile>
 <tile id="500">
  <properties>
   <property name="tile_name" value="bed_platform[1,2]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="15"/>
  </objectgroup>
 </tile>
 <tile id="354">
  <properties>
   <property name="tile_name" value="tv_monitor"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="1" y="8" width="14" height="8"/>
  </objectgroup>
  <animation>
   <frame tileid="354" duration="240"/>
   <frame tileid="355" duration="240"/>
   <frame tileid="357" duration="240"/>
   <frame tileid="358" duration="240"/>
  </animation>
 </tile>
 <tile id="359">
  <properties>
   <property name="tile_name" value="bar_cart_brass[0,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="1" y="8" width="15" height="8"/>
  </objectgroup>
 </tile>
 <tile id="360">
  <properties>
   <property name="tile_name" value="bar_cart_brass[1,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="8" width="15" height="8"/>
  </objectgroup>
 </tile>
 <tile id="361">
  <properties>
   <property name="tile_name" value="chair_chrome_s"/>
  </properties>
 </tile>
 <tile id="362">
  <properties>
   <property name="tile_name" value="chair_chrome_n"/>
  </properties>
 </tile>
 <tile id="363">
  <properties>
   <property name="tile_name" value="chair_fold_s"/>
  </properties>
 </tile>
 <tile id="364">
  <properties>
   <property name="tile_name" value="chair_fold_n"/>
  </properties>
 </tile>
 <tile id="365">
  <properties>
   <property name="tile_name" value="coffee_table_marble[0,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="4" width="16" height="12"/>
  </objectgroup>
 </tile>
 <tile id="366">
  <properties>
   <property name="tile_name" value="coffee_table_marble[1,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="4" width="16" height="12"/>
  </objectgroup>
 </tile>
</tileset>
