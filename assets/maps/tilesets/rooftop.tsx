<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.10" tiledversion="1.10.2" name="rooftop" tilewidth="16" tileheight="16" tilecount="128" columns="16">
 <image source="../../sprites/tiles/rooftop.png" width="256" height="128"/>
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
   <property name="tile_name" value="wall_parapet_1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="35">
  <properties>
   <property name="tile_name" value="wall_parapet_2"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="36">
  <properties>
   <property name="tile_name" value="wall_parapet_3"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="37">
  <properties>
   <property name="tile_name" value="wall_parapet_base"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="38">
  <properties>
   <property name="tile_name" value="wall_parapet_l"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="39">
  <properties>
   <property name="tile_name" value="wall_parapet_r"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="40">
  <properties>
   <property name="tile_name" value="wall_parapet_base_l"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="41">
  <properties>
   <property name="tile_name" value="wall_parapet_base_r"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="42">
  <properties>
   <property name="tile_name" value="sky_1"/>
  </properties>
 </tile>
 <tile id="43">
  <properties>
   <property name="tile_name" value="sky_2"/>
  </properties>
 </tile>
 <tile id="44">
  <properties>
   <property name="tile_name" value="sky_3"/>
  </properties>
 </tile>
 <tile id="45">
  <properties>
   <property name="tile_name" value="skyline_top_1"/>
  </properties>
  <animation>
   <frame tileid="45" duration="800"/>
   <frame tileid="46" duration="650"/>
   <frame tileid="47" duration="900"/>
  </animation>
 </tile>
 <tile id="48">
  <properties>
   <property name="tile_name" value="skyline_low_1"/>
  </properties>
  <animation>
   <frame tileid="48" duration="800"/>
   <frame tileid="49" duration="650"/>
   <frame tileid="50" duration="900"/>
  </animation>
 </tile>
 <tile id="51">
  <properties>
   <property name="tile_name" value="skyline_top_2"/>
  </properties>
  <animation>
   <frame tileid="51" duration="800"/>
   <frame tileid="52" duration="650"/>
   <frame tileid="53" duration="900"/>
  </animation>
 </tile>
 <tile id="54">
  <properties>
   <property name="tile_name" value="skyline_low_2"/>
  </properties>
  <animation>
   <frame tileid="54" duration="800"/>
   <frame tileid="55" duration="650"/>
   <frame tileid="56" duration="900"/>
  </animation>
 </tile>
 <tile id="57">
  <properties>
   <property name="tile_name" value="skyline_top_3"/>
  </properties>
  <animation>
   <frame tileid="57" duration="800"/>
   <frame tileid="58" duration="650"/>
   <frame tileid="59" duration="900"/>
  </animation>
 </tile>
 <tile id="60">
  <properties>
   <property name="tile_name" value="skyline_low_3"/>
  </properties>
  <animation>
   <frame tileid="60" duration="800"/>
   <frame tileid="61" duration="650"/>
   <frame tileid="62" duration="900"/>
  </animation>
 </tile>
 <tile id="63">
  <properties>
   <property name="tile_name" value="skyline_top_4"/>
  </properties>
  <animation>
   <frame tileid="63" duration="800"/>
   <frame tileid="64" duration="650"/>
   <frame tileid="65" duration="900"/>
  </animation>
 </tile>
 <tile id="66">
  <properties>
   <property name="tile_name" value="skyline_low_4"/>
  </properties>
  <animation>
   <frame tileid="66" duration="800"/>
   <frame tileid="67" duration="650"/>
   <frame tileid="68" duration="900"/>
  </animation>
 </tile>
 <tile id="69">
  <properties>
   <property name="tile_name" value="water_tower[0,0]"/>
  </properties>
 </tile>
 <tile id="70">
  <properties>
   <property name="tile_name" value="water_tower[1,0]"/>
  </properties>
 </tile>
 <tile id="71">
  <properties>
   <property name="tile_name" value="water_tower[2,0]"/>
  </properties>
 </tile>
 <tile id="85">
  <properties>
   <property name="tile_name" value="water_tower[0,1]"/>
  </properties>
 </tile>
 <tile id="86">
  <properties>
   <property name="tile_name" value="water_tower[1,1]"/>
  </properties>
 </tile>
 <tile id="87">
  <properties>
   <property name="tile_name" value="water_tower[2,1]"/>
  </properties>
 </tile>
 <tile id="101">
  <properties>
   <property name="tile_name" value="water_tower[0,2]"/>
  </properties>
 </tile>
 <tile id="102">
  <properties>
   <property name="tile_name" value="water_tower[1,2]"/>
  </properties>
 </tile>
 <tile id="103">
  <properties>
   <property name="tile_name" value="water_tower[2,2]"/>
  </properties>
 </tile>
 <tile id="117">
  <properties>
   <property name="tile_name" value="water_tower[0,3]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="6" y="2" width="10" height="12"/>
  </objectgroup>
 </tile>
 <tile id="118">
  <properties>
   <property name="tile_name" value="water_tower[1,3]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="2" width="16" height="12"/>
  </objectgroup>
 </tile>
 <tile id="119">
  <properties>
   <property name="tile_name" value="water_tower[2,3]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="2" width="10" height="12"/>
  </objectgroup>
 </tile>
 <tile id="72">
  <properties>
   <property name="tile_name" value="skylight[0,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="6" width="16" height="10"/>
  </objectgroup>
 </tile>
 <tile id="73">
  <properties>
   <property name="tile_name" value="skylight[1,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="6" width="16" height="10"/>
  </objectgroup>
 </tile>
 <tile id="88">
  <properties>
   <property name="tile_name" value="skylight[0,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="89">
  <properties>
   <property name="tile_name" value="skylight[1,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="74">
  <properties>
   <property name="tile_name" value="chimney[0,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="2" y="14" width="12" height="2"/>
  </objectgroup>
 </tile>
 <tile id="90">
  <properties>
   <property name="tile_name" value="chimney[0,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="2" y="0" width="12" height="16"/>
  </objectgroup>
 </tile>
 <tile id="75">
  <properties>
   <property name="tile_name" value="vent"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="5" y="8" width="6" height="8"/>
  </objectgroup>
  <animation>
   <frame tileid="75" duration="600"/>
   <frame tileid="76" duration="300"/>
   <frame tileid="77" duration="300"/>
  </animation>
 </tile>
 <tile id="78">
  <properties>
   <property name="tile_name" value="ac_unit[0,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="4" width="16" height="12"/>
  </objectgroup>
  <animation>
   <frame tileid="78" duration="70"/>
   <frame tileid="80" duration="70"/>
   <frame tileid="82" duration="70"/>
   <frame tileid="91" duration="70"/>
  </animation>
 </tile>
 <tile id="79">
  <properties>
   <property name="tile_name" value="ac_unit[1,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="4" width="16" height="12"/>
  </objectgroup>
  <animation>
   <frame tileid="79" duration="70"/>
   <frame tileid="81" duration="70"/>
   <frame tileid="83" duration="70"/>
   <frame tileid="92" duration="70"/>
  </animation>
 </tile>
 <tile id="93">
  <properties>
   <property name="tile_name" value="access_hut[0,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="8" width="16" height="8"/>
  </objectgroup>
 </tile>
 <tile id="94">
  <properties>
   <property name="tile_name" value="access_hut[1,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="8" width="16" height="8"/>
  </objectgroup>
 </tile>
 <tile id="95">
  <properties>
   <property name="tile_name" value="access_hut[2,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="8" width="16" height="8"/>
  </objectgroup>
 </tile>
 <tile id="109">
  <properties>
   <property name="tile_name" value="access_hut[0,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="110">
  <properties>
   <property name="tile_name" value="access_hut[1,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="111">
  <properties>
   <property name="tile_name" value="access_hut[2,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="125">
  <properties>
   <property name="tile_name" value="access_hut[0,2]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="126">
  <properties>
   <property name="tile_name" value="access_hut[1,2]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="127">
  <properties>
   <property name="tile_name" value="access_hut[2,2]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="84">
  <properties>
   <property name="tile_name" value="mark_x"/>
  </properties>
 </tile>
 <tile id="96">
  <properties>
   <property name="tile_name" value="mark_x2"/>
  </properties>
 </tile>
 <tile id="97">
  <properties>
   <property name="tile_name" value="mark_t"/>
  </properties>
 </tile>
 <tile id="98">
  <properties>
   <property name="tile_name" value="mark_h"/>
  </properties>
 </tile>
 <tile id="99">
  <properties>
   <property name="tile_name" value="mark_v"/>
  </properties>
 </tile>
 <tile id="100">
  <properties>
   <property name="tile_name" value="photo_light[0,0]"/>
  </properties>
  <animation>
   <frame tileid="100" duration="2200"/>
   <frame tileid="104" duration="80"/>
   <frame tileid="105" duration="900"/>
  </animation>
 </tile>
 <tile id="116">
  <properties>
   <property name="tile_name" value="photo_light[0,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="3" y="10" width="11" height="6"/>
  </objectgroup>
  <animation>
   <frame tileid="116" duration="2200"/>
   <frame tileid="120" duration="80"/>
   <frame tileid="121" duration="900"/>
  </animation>
 </tile>
</tileset>
