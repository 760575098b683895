<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.10" tiledversion="1.10.2" name="rooftop" tilewidth="16" tileheight="16" tilecount="144" columns="16">
 <image source="../../sprites/tiles/rooftop.png" width="256" height="144"/>
 <tile id="0">
  <properties>
   <property name="tile_name" value="floor_tar_1"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="1">
  <properties>
   <property name="tile_name" value="floor_tar_2"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="2">
  <properties>
   <property name="tile_name" value="floor_tar_3"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="3">
  <properties>
   <property name="tile_name" value="floor_tar_4"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="4">
  <properties>
   <property name="tile_name" value="floor_tar_shadow"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="5">
  <properties>
   <property name="tile_name" value="puddle_1"/>
   <property name="surface" value="soft"/>
  </properties>
  <animation>
   <frame tileid="5" duration="260"/>
   <frame tileid="6" duration="260"/>
   <frame tileid="7" duration="260"/>
  </animation>
 </tile>
 <tile id="8">
  <properties>
   <property name="tile_name" value="puddle_2"/>
   <property name="surface" value="soft"/>
  </properties>
  <animation>
   <frame tileid="8" duration="260"/>
   <frame tileid="9" duration="260"/>
   <frame tileid="10" duration="260"/>
  </animation>
 </tile>
 <tile id="11">
  <properties>
   <property name="tile_name" value="puddle_3"/>
   <property name="surface" value="soft"/>
  </properties>
  <animation>
   <frame tileid="11" duration="260"/>
   <frame tileid="12" duration="260"/>
   <frame tileid="13" duration="260"/>
  </animation>
 </tile>
 <tile id="14">
  <properties>
   <property name="tile_name" value="parapet_top"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="15">
  <properties>
   <property name="tile_name" value="parapet_top_n"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="16">
  <properties>
   <property name="tile_name" value="parapet_top_s"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="17">
  <properties>
   <property name="tile_name" value="parapet_top_ns"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="18">
  <properties>
   <property name="tile_name" value="parapet_top_e"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="19">
  <properties>
   <property name="tile_name" value="parapet_top_ne"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="20">
  <properties>
   <property name="tile_name" value="parapet_top_se"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="21">
  <properties>
   <property name="tile_name" value="parapet_top_nse"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="22">
  <properties>
   <property name="tile_name" value="parapet_top_w"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="23">
  <properties>
   <property name="tile_name" value="parapet_top_nw"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="24">
  <properties>
   <property name="tile_name" value="parapet_top_sw"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="25">
  <properties>
   <property name="tile_name" value="parapet_top_nsw"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="26">
  <properties>
   <property name="tile_name" value="parapet_top_ew"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="27">
  <properties>
   <property name="tile_name" value="parapet_top_new"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="28">
  <properties>
   <property name="tile_name" value="parapet_top_sew"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="29">
  <properties>
   <property name="tile_name" value="parapet_top_nsew"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="30">
  <properties>
   <property name="tile_name" value="parapet_top_in_ne"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="31">
  <properties>
   <property name="tile_name" value="parapet_top_in_nw"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="32">
  <properties>
   <property name="tile_name" value="parapet_top_in_se"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="33">
  <properties>
   <property name="tile_name" value="parapet_top_in_sw"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="34">
  <properties>
   <property name="tile_name" value="parapet_top_in_n"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="35">
  <properties>
   <property name="tile_name" value="parapet_top_in_s"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="36">
  <properties>
   <property name="tile_name" value="parapet_top_in_e"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="37">
  <properties>
   <property name="tile_name" value="parapet_top_in_w"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="38">
  <properties>
   <property name="tile_name" value="parapet_top_in_all"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="39">
  <properties>
   <property name="tile_name" value="wall_parapet_1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="40">
  <properties>
   <property name="tile_name" value="wall_parapet_2"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="41">
  <properties>
   <property name="tile_name" value="wall_parapet_3"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="42">
  <properties>
   <property name="tile_name" value="wall_parapet_base"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="43">
  <properties>
   <property name="tile_name" value="wall_parapet_l"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="44">
  <properties>
   <property name="tile_name" value="wall_parapet_r"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="45">
  <properties>
   <property name="tile_name" value="wall_parapet_base_l"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="46">
  <properties>
   <property name="tile_name" value="wall_parapet_base_r"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="47">
  <properties>
   <property name="tile_name" value="sky_1"/>
  </properties>
 </tile>
 <tile id="48">
  <properties>
   <property name="tile_name" value="sky_2"/>
  </properties>
 </tile>
 <tile id="49">
  <properties>
   <property name="tile_name" value="sky_3"/>
  </properties>
 </tile>
 <tile id="50">
  <properties>
   <property name="tile_name" value="skyline_top_1"/>
  </properties>
  <animation>
   <frame tileid="50" duration="800"/>
   <frame tileid="51" duration="650"/>
   <frame tileid="52" duration="900"/>
  </animation>
 </tile>
 <tile id="53">
  <properties>
   <property name="tile_name" value="skyline_low_1"/>
  </properties>
  <animation>
   <frame tileid="53" duration="800"/>
   <frame tileid="54" duration="650"/>
   <frame tileid="55" duration="900"/>
  </animation>
 </tile>
 <tile id="56">
  <properties>
   <property name="tile_name" value="skyline_top_2"/>
  </properties>
  <animation>
   <frame tileid="56" duration="800"/>
   <frame tileid="57" duration="650"/>
   <frame tileid="58" duration="900"/>
  </animation>
 </tile>
 <tile id="59">
  <properties>
   <property name="tile_name" value="skyline_low_2"/>
  </properties>
  <animation>
   <frame tileid="59" duration="800"/>
   <frame tileid="60" duration="650"/>
   <frame tileid="61" duration="900"/>
  </animation>
 </tile>
 <tile id="62">
  <properties>
   <property name="tile_name" value="skyline_top_3"/>
  </properties>
  <animation>
   <frame tileid="62" duration="800"/>
   <frame tileid="63" duration="650"/>
   <frame tileid="64" duration="900"/>
  </animation>
 </tile>
 <tile id="65">
  <properties>
   <property name="tile_name" value="skyline_low_3"/>
  </properties>
  <animation>
   <frame tileid="65" duration="800"/>
   <frame tileid="66" duration="650"/>
   <frame tileid="67" duration="900"/>
  </animation>
 </tile>
 <tile id="68">
  <properties>
   <property name="tile_name" value="skyline_top_4"/>
  </properties>
  <animation>
   <frame tileid="68" duration="800"/>
   <frame tileid="69" duration="650"/>
   <frame tileid="70" duration="900"/>
  </animation>
 </tile>
 <tile id="71">
  <properties>
   <property name="tile_name" value="skyline_low_4"/>
  </properties>
  <animation>
   <frame tileid="71" duration="800"/>
   <frame tileid="72" duration="650"/>
   <frame tileid="73" duration="900"/>
  </animation>
 </tile>
 <tile id="74">
  <properties>
   <property name="tile_name" value="water_tower[0,0]"/>
  </properties>
 </tile>
 <tile id="75">
  <properties>
   <property name="tile_name" value="water_tower[1,0]"/>
  </properties>
 </tile>
 <tile id="76">
  <properties>
   <property name="tile_name" value="water_tower[2,0]"/>
  </properties>
 </tile>
 <tile id="90">
  <properties>
   <property name="tile_name" value="water_tower[0,1]"/>
  </properties>
 </tile>
 <tile id="91">
  <properties>
   <property name="tile_name" value="water_tower[1,1]"/>
  </properties>
 </tile>
 <tile id="92">
  <properties>
   <property name="tile_name" value="water_tower[2,1]"/>
  </properties>
 </tile>
 <tile id="106">
  <properties>
   <property name="tile_name" value="water_tower[0,2]"/>
  </properties>
 </tile>
 <tile id="107">
  <properties>
   <property name="tile_name" value="water_tower[1,2]"/>
  </properties>
 </tile>
 <tile id="108">
  <properties>
   <property name="tile_name" value="water_tower[2,2]"/>
  </properties>
 </tile>
 <tile id="122">
  <properties>
   <property name="tile_name" value="water_tower[0,3]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="6" y="2" width="10" height="12"/>
  </objectgroup>
 </tile>
 <tile id="123">
  <properties>
   <property name="tile_name" value="water_tower[1,3]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="2" width="16" height="12"/>
  </objectgroup>
 </tile>
 <tile id="124">
  <properties>
   <property name="tile_name" value="water_tower[2,3]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="2" width="10" height="12"/>
  </objectgroup>
 </tile>
 <tile id="77">
  <properties>
   <property name="tile_name" value="skylight[0,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="6" width="16" height="10"/>
  </objectgroup>
 </tile>
 <tile id="78">
  <properties>
   <property name="tile_name" value="skylight[1,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="6" width="16" height="10"/>
  </objectgroup>
 </tile>
 <tile id="93">
  <properties>
   <property name="tile_name" value="skylight[0,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="94">
  <properties>
   <property name="tile_name" value="skylight[1,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="79">
  <properties>
   <property name="tile_name" value="chimney[0,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="2" y="14" width="12" height="2"/>
  </objectgroup>
 </tile>
 <tile id="95">
  <properties>
   <property name="tile_name" value="chimney[0,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="2" y="0" width="12" height="16"/>
  </objectgroup>
 </tile>
 <tile id="80">
  <properties>
   <property name="tile_name" value="vent"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="5" y="8" width="6" height="8"/>
  </objectgroup>
  <animation>
   <frame tileid="80" duration="600"/>
   <frame tileid="81" duration="300"/>
   <frame tileid="82" duration="300"/>
  </animation>
 </tile>
 <tile id="83">
  <properties>
   <property name="tile_name" value="ac_unit[0,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="4" width="16" height="12"/>
  </objectgroup>
  <animation>
   <frame tileid="83" duration="70"/>
   <frame tileid="85" duration="70"/>
   <frame tileid="87" duration="70"/>
   <frame tileid="96" duration="70"/>
  </animation>
 </tile>
 <tile id="84">
  <properties>
   <property name="tile_name" value="ac_unit[1,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="4" width="16" height="12"/>
  </objectgroup>
  <animation>
   <frame tileid="84" duration="70"/>
   <frame tileid="86" duration="70"/>
   <frame tileid="88" duration="70"/>
   <frame tileid="97" duration="70"/>
  </animation>
 </tile>
 <tile id="98">
  <properties>
   <property name="tile_name" value="access_hut[0,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="8" width="16" height="8"/>
  </objectgroup>
 </tile>
 <tile id="99">
  <properties>
   <property name="tile_name" value="access_hut[1,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="8" width="16" height="8"/>
  </objectgroup>
 </tile>
 <tile id="100">
  <properties>
   <property name="tile_name" value="access_hut[2,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="8" width="16" height="8"/>
  </objectgroup>
 </tile>
 <tile id="114">
  <properties>
   <property name="tile_name" value="access_hut[0,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="115">
  <properties>
   <property name="tile_name" value="access_hut[1,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="116">
  <properties>
   <property name="tile_name" value="access_hut[2,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="130">
  <properties>
   <property name="tile_name" value="access_hut[0,2]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="131">
  <properties>
   <property name="tile_name" value="access_hut[1,2]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="132">
  <properties>
   <property name="tile_name" value="access_hut[2,2]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="101">
  <properties>
   <property name="tile_name" value="landing_mark[0,0]"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="102">
  <properties>
   <property name="tile_name" value="landing_mark[1,0]"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="117">
  <properties>
   <property name="tile_name" value="landing_mark[0,1]"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="118">
  <properties>
   <property name="tile_name" value="landing_mark[1,1]"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="89">
  <properties>
   <property name="tile_name" value="mark_x"/>
  </properties>
 </tile>
 <tile id="103">
  <properties>
   <property name="tile_name" value="mark_x2"/>
  </properties>
 </tile>
 <tile id="104">
  <properties>
   <property name="tile_name" value="mark_t"/>
  </properties>
 </tile>
 <tile id="105">
  <properties>
   <property name="tile_name" value="mark_h"/>
  </properties>
 </tile>
 <tile id="109">
  <properties>
   <property name="tile_name" value="mark_v"/>
  </properties>
 </tile>
 <tile id="110">
  <properties>
   <property name="tile_name" value="photo_light[0,0]"/>
  </properties>
  <animation>
   <frame tileid="110" duration="2200"/>
   <frame tileid="111" duration="80"/>
   <frame tileid="112" duration="900"/>
  </animation>
 </tile>
 <tile id="126">
  <properties>
   <property name="tile_name" value="photo_light[0,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="3" y="10" width="11" height="6"/>
  </objectgroup>
  <animation>
   <frame tileid="126" duration="2200"/>
   <frame tileid="127" duration="80"/>
   <frame tileid="128" duration="900"/>
  </animation>
 </tile>
</tileset>
